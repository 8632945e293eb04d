import type { RecordedEvent } from '@booking/event-store';
import { type BulkOperation, CHECKPOINTS, type ReadCollection, type ReadStore } from '@booking/read-store';
import { type Projected, type ProjectionDefinition, toStoredPosition } from '../projection';
import { upcastRecorded } from './schemas';

/** Where projections and policies keep their positions (defined with the read store, which snapshots it). */
export { CHECKPOINTS };

/** `changedAt`: the position of the last batch that changed a document (absent in checkpoints saved before it existed). */
type Checkpoint = { _id: string; position: number; changedAt?: number; updatedAt: string };

export type WorkerHooks = {
  /** After a batch is written and its checkpoint saved. */
  onApplied?: (worker: ProjectionWorker, events: readonly RecordedEvent[]) => void;
  onError?: (worker: ProjectionWorker, error: unknown) => void;
  now: () => Date;
};

/**
 * Applies one projection into one collection from its own checkpoint. Each batch is written
 * first and the checkpoint after, so the checkpoint never passes a write that did not happen;
 * each document carries the position last applied to it, so replaying an event changes nothing.
 * A ProjectionFeed delivers the log to it.
 */
export class ProjectionWorker {
  position = 0n;
  /** The position of the last batch that wrote to the collection: its content changes only when this does. */
  changedAt = 0n;
  caughtUp = false;
  /** Events of its types the feed delivered (a rebuild's progress). */
  eventsRead = 0;
  /** A retired worker (switched away from) ignores further batches. */
  retired = false;
  private readonly caughtUpWaiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private failure?: { error: unknown };
  private readonly collection: ReadCollection<Projected>;
  private readonly types: ReadonlySet<string>;

  constructor(
    readonly definition: ProjectionDefinition,
    readonly target: string,
    private readonly readStore: ReadStore,
    readonly hooks: WorkerHooks,
  ) {
    this.collection = readStore.collection<Projected>(target);
    this.types = new Set(definition.eventTypes);
  }

  /** Creates indexes and loads the stored checkpoint. */
  async prepare(): Promise<void> {
    for (const index of this.definition.indexes ?? []) {
      await this.collection.createIndex(index.keys, index.unique ? { unique: true } : {});
    }
    const saved = await this.readStore.collection<Checkpoint>(CHECKPOINTS).findOne({ _id: this.target });
    this.position = BigInt(saved?.position ?? 0);
    this.changedAt = BigInt(saved?.changedAt ?? saved?.position ?? 0);
  }

  /** A batch of the log (possibly with events of other types) that ends at `last`. */
  async handle(events: readonly RecordedEvent[], last: bigint): Promise<void> {
    await this.handleOwn(
      events.filter((e) => this.types.has(e.type)),
      last,
    );
  }

  /** A batch of the log ending at `last`, already narrowed to this projection's event types (the feed splits it). */
  async handleOwn(events: readonly RecordedEvent[], last: bigint): Promise<void> {
    if (this.retired || last <= this.position) return;
    const mine =
      events.length > 0 && events[0].position <= this.position
        ? events.filter((e) => e.position > this.position)
        : events;
    this.eventsRead += mine.length;
    const changed = await this.apply(mine);
    await this.saveCheckpoint(last, changed);
    this.hooks.onApplied?.(this, mine);
  }

  markCaughtUp(): void {
    this.caughtUp = true;
    this.caughtUpWaiters.splice(0).forEach((waiter) => waiter.resolve());
  }

  /** Its feed stopped on an error: whoever waits for it to catch up hears so instead of waiting forever. */
  markFailed(error: unknown): void {
    this.failure = { error };
    this.caughtUpWaiters.splice(0).forEach((waiter) => waiter.reject(error));
  }

  whenCaughtUp(): Promise<void> {
    if (this.caughtUp) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure.error);
    return new Promise((resolve, reject) => this.caughtUpWaiters.push({ resolve, reject }));
  }

  /**
   * Applies a batch: one read of the touched documents, one bulk write. True when it wrote anything.
   * The documents read are the store's own (in memory): handlers never change what they are given.
   */
  async apply(batch: readonly RecordedEvent[]): Promise<boolean> {
    const byKey = new Map<string, RecordedEvent[]>();
    for (const event of batch) {
      const key = this.definition.keyOf(event);
      if (key === undefined) continue;
      const list = byKey.get(key);
      if (list) list.push(event);
      else byKey.set(key, [event]);
    }
    if (byKey.size === 0) return false;
    const existing = await this.collection.documentsById([...byKey.keys()]);
    const docs = new Map(existing.map((doc) => [doc._id, doc]));
    const operations: BulkOperation<Projected>[] = [];
    for (const [key, events] of byKey) {
      const before = docs.get(key) ?? null;
      // The fold keeps the document without its position until the end: one copy per event, not two.
      let doc: Omit<Projected, '_position'> | null = before;
      let appliedAt = before ? BigInt(before._position) : -1n;
      for (const event of events) {
        if (event.position <= appliedAt) continue; // applied already
        doc = this.definition.evolve(doc as Projected | null, upcastRecorded(event));
        appliedAt = event.position;
      }
      if (doc && doc !== before)
        operations.push({
          replaceOne: {
            filter: { _id: key },
            replacement: positioned(doc, toStoredPosition(appliedAt)),
            upsert: true,
          },
        });
      else if (!doc && before) operations.push({ deleteOne: { filter: { _id: key } } });
    }
    if (operations.length === 0) return false;
    // The documents were made here and are not touched again: the store may keep them as they are.
    await this.collection.bulkWrite(operations, { handOver: true });
    return true;
  }

  private async saveCheckpoint(position: bigint, changed: boolean): Promise<void> {
    const changedAt = changed ? position : this.changedAt;
    await this.readStore.collection<Checkpoint>(CHECKPOINTS).replaceOne(
      { _id: this.target },
      {
        _id: this.target,
        position: toStoredPosition(position),
        changedAt: toStoredPosition(changedAt),
        updatedAt: this.hooks.now().toISOString(),
      },
      { upsert: true },
    );
    this.position = position;
    this.changedAt = changedAt;
  }
}

/**
 * The document with its position as its last field, whatever the handlers carried along (a
 * handler that spreads the document it was given brings the old `_position` in its old place):
 * the same events give the same document, field order included, however the log was batched.
 */
function positioned(doc: Omit<Projected, '_position'>, position: number): Projected {
  if (!('_position' in doc)) return { ...doc, _position: position } as Projected;
  const { _position: _stale, ...fields } = doc as Projected;
  return { ...fields, _position: position } as Projected;
}
