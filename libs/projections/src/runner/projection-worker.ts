import type { EventStore, RecordedEvent, Subscription } from '@booking/event-store';
import type { BulkOperation, ReadCollection, ReadStore } from '@booking/read-store';
import { type Projected, type ProjectionDefinition, toStoredPosition } from '../projection';
import { upcastRecorded } from './schemas';

export const CHECKPOINTS = '_checkpoints';
type Checkpoint = { _id: string; position: number; updatedAt: string };

export type WorkerHooks = {
  /** After a batch is written and its checkpoint saved. */
  onApplied?: (worker: ProjectionWorker, events: readonly RecordedEvent[]) => void;
  onError?: (worker: ProjectionWorker, error: unknown) => void;
  now: () => Date;
};

/**
 * Runs one projection into one collection from its own checkpoint. Each batch is written first
 * and the checkpoint after, so the checkpoint never passes a write that did not happen; each
 * document carries the position last applied to it, so replaying an event changes nothing.
 */
export class ProjectionWorker {
  position = 0n;
  caughtUp = false;
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private readonly caughtUpWaiters: (() => void)[] = [];
  private readonly collection: ReadCollection<Projected>;

  constructor(
    readonly definition: ProjectionDefinition,
    readonly target: string,
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly hooks: WorkerHooks,
    private readonly batchSize = 2000,
  ) {
    this.collection = readStore.collection<Projected>(target);
  }

  async start(): Promise<void> {
    for (const index of this.definition.indexes ?? []) {
      await this.collection.createIndex(index.keys, index.unique ? { unique: true } : {});
    }
    const saved = await this.readStore.collection<Checkpoint>(CHECKPOINTS).findOne({ _id: this.target });
    this.position = BigInt(saved?.position ?? 0);
    this.subscription = this.store.subscribeToAll({
      after: this.position,
      filter: { eventTypes: this.definition.eventTypes },
      batchSize: this.batchSize,
    });
    this.loop = this.consume(this.subscription);
  }

  whenCaughtUp(): Promise<void> {
    return this.caughtUp ? Promise.resolve() : new Promise((resolve) => this.caughtUpWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
  }

  private async consume(subscription: Subscription): Promise<void> {
    try {
      for await (const message of subscription) {
        if (message.kind === 'events') {
          await this.apply(message.events);
          await this.saveCheckpoint(message.events[message.events.length - 1].position);
          this.hooks.onApplied?.(this, message.events);
        } else if (message.kind === 'checkpoint') {
          await this.saveCheckpoint(message.position);
          this.hooks.onApplied?.(this, []);
        } else {
          this.caughtUp = true;
          this.caughtUpWaiters.splice(0).forEach((resolve) => resolve());
        }
      }
    } catch (error) {
      this.hooks.onError?.(this, error);
    }
  }

  /** Applies a batch: one read of the touched documents, one bulk write. */
  async apply(batch: readonly RecordedEvent[]): Promise<void> {
    const byKey = new Map<string, RecordedEvent[]>();
    for (const event of batch) {
      const key = this.definition.keyOf(event);
      if (key === undefined) continue;
      const list = byKey.get(key);
      if (list) list.push(event);
      else byKey.set(key, [event]);
    }
    if (byKey.size === 0) return;
    const existing = await this.collection.find({ _id: { $in: [...byKey.keys()] } });
    const docs = new Map(existing.map((doc) => [doc._id, doc]));
    const operations: BulkOperation<Projected>[] = [];
    for (const [key, events] of byKey) {
      const before = docs.get(key) ?? null;
      let doc = before;
      for (const event of events) {
        if (doc && doc._position >= toStoredPosition(event.position)) continue; // applied already
        const next = this.definition.evolve(doc, upcastRecorded(event));
        doc = next ? ({ ...next, _position: toStoredPosition(event.position) } as Projected) : null;
      }
      if (doc && doc !== before)
        operations.push({ replaceOne: { filter: { _id: key }, replacement: doc, upsert: true } });
      else if (!doc && before) operations.push({ deleteOne: { filter: { _id: key } } });
    }
    if (operations.length > 0) await this.collection.bulkWrite(operations);
  }

  private async saveCheckpoint(position: bigint): Promise<void> {
    if (position <= this.position) return;
    await this.readStore
      .collection<Checkpoint>(CHECKPOINTS)
      .replaceOne(
        { _id: this.target },
        { _id: this.target, position: toStoredPosition(position), updatedAt: this.hooks.now().toISOString() },
        { upsert: true },
      );
    this.position = position;
  }
}
