import { EventEmitter } from 'node:events';
import type { EventStore, RecordedEvent } from '@booking/event-store';
import type { ReadStore } from '@booking/read-store';
import type { ProjectionDefinition } from '../projection';
import { ProjectionFeed } from './projection-feed';
import { CHECKPOINTS, ProjectionWorker } from './projection-worker';
import type { ProjectionPositions } from './projection-lag';
import { Rebuilds } from './rebuilds';
import { type CheckpointWatch, waitForPosition } from './wait-for-position';
import {
  type ContentVersion,
  PROJECTIONS,
  type ProjectionPointer,
  type ReadModelDirectory,
} from './read-model-directory';

export type RunnerOptions = {
  now: () => Date;
  batchSize?: number;
  onApplied?: (projection: string, position: bigint, events: readonly RecordedEvent[]) => void;
  onError?: (projection: string, error: unknown) => void;
  /** Reading the log failed (the feed retries from its checkpoints after `retryInMs`). */
  onReadError?: (error: unknown, attempt: number, retryInMs: number) => void;
};

/**
 * Hosts the projections of a process. A projection whose stored version differs, or a
 * `rebuild`, builds a new collection beside the live one from position 0; when the new worker
 * has caught up, the pointer switches to it and the old collection is dropped: no downtime.
 */
export class ProjectionRunner implements ReadModelDirectory {
  private readonly active = new Map<string, ProjectionWorker>();
  private readonly building = new Map<string, ProjectionWorker>();
  private readonly feeds: ProjectionFeed[] = [];
  private readonly advanced = new EventEmitter().setMaxListeners(0);
  private readonly definitions: Map<string, ProjectionDefinition>;
  readonly rebuilds: Rebuilds;
  private stamp = 0;

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    definitions: readonly ProjectionDefinition[],
    private readonly options: RunnerOptions,
  ) {
    this.definitions = new Map(definitions.map((d) => [d.name, d]));
    this.rebuilds = new Rebuilds(options.now);
  }

  /** All projections start on one shared feed: the log is read once however many there are. */
  async start(): Promise<void> {
    const pointers = this.readStore.collection<ProjectionPointer>(PROJECTIONS);
    const workers: ProjectionWorker[] = [];
    for (const definition of this.definitions.values()) {
      const pointer = await pointers.findOne({ _id: definition.name });
      if (pointer && pointer.version === definition.version) {
        const worker = this.worker(definition, pointer.collection);
        this.active.set(definition.name, worker);
        workers.push(worker);
      } else {
        const worker = this.worker(definition, this.newTarget(definition));
        this.building.set(definition.name, worker);
        workers.push(worker);
        this.switchWhenCaughtUp(definition, worker).catch(() => undefined); // reported by onError
      }
    }
    for (const worker of workers) await worker.prepare();
    this.startFeed(workers);
  }

  /** Resolves when every projection serves from a caught-up collection. */
  async ready(): Promise<void> {
    await Promise.all([...this.building.values(), ...this.active.values()].map((w) => w.whenCaughtUp()));
    while (this.building.size > 0) await new Promise((r) => setTimeout(r, 5));
  }

  /** Rebuilds and waits for the switch-over. */
  async rebuild(name: string): Promise<{ collection: string; position: bigint }> {
    const { id, finished } = await this.startRebuild(name);
    await finished;
    const status = this.rebuilds.status(id)!;
    if (status.state === 'failed') throw new Error(`Rebuild of ${name} failed: ${status.error}`);
    return { collection: status.collection, position: BigInt(status.position) };
  }

  /** Starts a rebuild in the background; follow it with `rebuilds.status(id)`. */
  async startRebuild(name: string): Promise<{ id: string; finished: Promise<void> }> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`Unknown projection ${name}`);
    if (this.building.has(name)) throw new Error(`Projection ${name} is already being rebuilt`);
    const worker = this.worker(definition, this.newTarget(definition));
    this.building.set(name, worker);
    const id = this.rebuilds.begin(name, worker);
    try {
      await worker.prepare();
    } catch (error) {
      this.building.delete(name);
      this.rebuilds.end(id, error);
      throw error;
    }
    this.startFeed([worker]); // its own feed from position 0, beside the live one
    const finished = this.switchWhenCaughtUp(definition, worker).then(
      () => this.rebuilds.end(id),
      async (error: unknown) => {
        this.rebuilds.end(id, error);
        await this.readStore.dropCollection(worker.target).catch(() => undefined); // half built
      },
    );
    return { id, finished };
  }

  private newTarget(definition: ProjectionDefinition): string {
    return `${definition.name}__v${definition.version}_${this.options.now().getTime()}_${++this.stamp}`;
  }

  private startFeed(workers: ProjectionWorker[]): void {
    const feed = new ProjectionFeed(this.store, workers, {
      batchSize: this.options.batchSize,
      onReadError: this.options.onReadError,
    });
    this.feeds.push(feed);
    feed.start();
  }

  private async switchWhenCaughtUp(definition: ProjectionDefinition, worker: ProjectionWorker): Promise<void> {
    try {
      await worker.whenCaughtUp();
      await this.switchTo(definition, worker);
    } finally {
      this.building.delete(definition.name);
    }
  }

  private async switchTo(definition: ProjectionDefinition, worker: ProjectionWorker): Promise<void> {
    await this.readStore.collection<ProjectionPointer>(PROJECTIONS).replaceOne(
      { _id: definition.name },
      {
        _id: definition.name,
        collection: worker.target,
        version: definition.version,
        switchedAt: this.options.now().toISOString(),
      },
      { upsert: true },
    );
    const old = this.active.get(definition.name);
    this.active.set(definition.name, worker);
    this.advanced.emit('advanced');
    if (old) {
      old.retired = true;
      await this.readStore.dropCollection(old.target);
      await this.readStore.collection(CHECKPOINTS).deleteOne({ _id: old.target });
    }
  }

  private worker(definition: ProjectionDefinition, target: string): ProjectionWorker {
    return new ProjectionWorker(definition, target, this.readStore, {
      now: this.options.now,
      onApplied: (worker, events) => {
        if (this.active.get(definition.name) !== worker) return;
        this.options.onApplied?.(definition.name, worker.position, events);
        this.advanced.emit('advanced');
      },
      onError: (failed, error) => {
        this.options.onError?.(definition.name, error);
        failed.markFailed(error); // a rebuild then ends as failed; the live collection keeps serving
      },
    });
  }

  async collectionName(projection: string): Promise<string | undefined> {
    return this.active.get(projection)?.target;
  }

  async version(projection: string): Promise<ContentVersion | undefined> {
    const worker = this.active.get(projection);
    return worker && { collection: worker.target, changedAt: worker.changedAt, position: worker.position };
  }

  async position(projections?: readonly string[]): Promise<bigint> {
    return this.positionNow(projections);
  }

  /** The lowest checkpoint of the given projections (all by default); 0 while one has no live collection. */
  positionNow(projections: readonly string[] = [...this.definitions.keys()]): bigint {
    let lowest: bigint | undefined;
    for (const name of projections) {
      const worker = this.active.get(name);
      if (!worker) return 0n;
      if (lowest === undefined || worker.position < lowest) lowest = worker.position;
    }
    return lowest ?? 0n;
  }

  /** Each projection's live collection and checkpoint (see ProjectionLag for how far behind the log that is). */
  positions(projections: readonly string[] = [...this.definitions.keys()]): ProjectionPositions {
    return Object.fromEntries(
      projections.map((name) => {
        const worker = this.active.get(name);
        const position = worker?.position ?? 0n;
        const eventTypes = this.definitions.get(name)?.eventTypes ?? [];
        return [name, { collection: worker?.target, position, eventTypes, rebuilding: this.building.has(name) }];
      }),
    );
  }

  /** Resolves true once the projections have passed `position` (see waitForPosition), false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    if (this.positionNow(projections) >= position) return Promise.resolve(true);
    const watch: CheckpointWatch = {
      positions: () => this.positions(projections),
      moved: (ms) =>
        new Promise((resolve) => {
          const done = () => {
            clearTimeout(timer);
            this.advanced.off('advanced', done);
            resolve();
          };
          const timer = setTimeout(done, ms);
          this.advanced.on('advanced', done);
        }),
    };
    return waitForPosition(this.store, watch, position, timeoutMs);
  }

  onAdvance(listener: () => void): () => void {
    this.advanced.on('advanced', listener);
    return () => this.advanced.off('advanced', listener);
  }

  async stop(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.stop()));
  }
}
