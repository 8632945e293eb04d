import type { EventStore } from '@booking/event-store';
import type { ReadStore } from '@booking/read-store';
import type { ProjectionDefinition } from '../projection';
import type { ProjectionPositions } from './projection-lag';
import { CHECKPOINTS } from './projection-worker';
import {
  type ContentVersion,
  PROJECTIONS,
  type ProjectionPointer,
  type ReadModelDirectory,
} from './read-model-directory';
import { waitForPosition } from './wait-for-position';

/**
 * The directory as seen by a query API that does not run the projections itself (MongoDB
 * mode): pointers and checkpoints are read from the read store, briefly cached; the log, for
 * whether a projection whose checkpoint is below a waited-for position has anything left to apply.
 */
export class StoredDirectory implements ReadModelDirectory {
  private cache?: {
    at: number;
    pointers: Map<string, string>;
    checkpoints: Map<string, { position: number; changedAt?: number }>;
  };

  private readonly projections: readonly string[];
  private readonly eventTypes: Map<string, readonly string[]>;

  constructor(
    private readonly readStore: ReadStore,
    private readonly store: EventStore,
    definitions: readonly Pick<ProjectionDefinition, 'name' | 'eventTypes'>[],
    private readonly ttlMs = 100,
  ) {
    this.projections = definitions.map((d) => d.name);
    this.eventTypes = new Map(definitions.map((d) => [d.name, d.eventTypes]));
  }

  private async load(force = false) {
    const now = Date.now();
    if (!force && this.cache && now - this.cache.at < this.ttlMs) return this.cache;
    const pointers = await this.readStore
      .collection<ProjectionPointer>(PROJECTIONS)
      .find({ _id: { $in: [...this.projections] } });
    const byName = new Map(pointers.map((p) => [p._id, p.collection]));
    const checkpoints = await this.readStore
      .collection<{ _id: string; position: number; changedAt?: number }>(CHECKPOINTS)
      .find({ _id: { $in: [...byName.values()] } });
    this.cache = { at: now, pointers: byName, checkpoints: new Map(checkpoints.map((c) => [c._id, c])) };
    return this.cache;
  }

  /** The lowest checkpoint of `projections`; 0 while one of them has no live collection or checkpoint yet. */
  private lowest(cache: NonNullable<StoredDirectory['cache']>, projections: readonly string[]): bigint {
    let lowest: number | undefined;
    for (const projection of projections) {
      const collection = cache.pointers.get(projection);
      const checkpoint = collection === undefined ? undefined : cache.checkpoints.get(collection);
      if (checkpoint === undefined) return 0n;
      lowest = lowest === undefined ? checkpoint.position : Math.min(lowest, checkpoint.position);
    }
    return BigInt(lowest ?? 0);
  }

  async collectionName(projection: string): Promise<string | undefined> {
    return (await this.load()).pointers.get(projection);
  }

  async version(projection: string): Promise<ContentVersion | undefined> {
    const { pointers, checkpoints } = await this.load();
    const collection = pointers.get(projection);
    const checkpoint = collection === undefined ? undefined : checkpoints.get(collection);
    if (collection === undefined || checkpoint === undefined) return undefined;
    const changedAt = BigInt(checkpoint.changedAt ?? checkpoint.position);
    return { collection, changedAt, position: BigInt(checkpoint.position) };
  }

  async position(projections: readonly string[] = this.projections): Promise<bigint> {
    return this.lowest(await this.load(), projections);
  }

  async waitFor(
    position: bigint,
    timeoutMs: number,
    projections: readonly string[] = this.projections,
  ): Promise<boolean> {
    const positions = async (): Promise<ProjectionPositions> => {
      const { pointers, checkpoints } = await this.load(true);
      return Object.fromEntries(
        projections.map((name) => {
          const collection = pointers.get(name);
          const checkpoint = collection === undefined ? undefined : checkpoints.get(collection);
          const eventTypes = this.eventTypes.get(name) ?? [];
          return [
            name,
            checkpoint === undefined
              ? { position: 0n, eventTypes, rebuilding: false }
              : { collection, position: BigInt(checkpoint.position), eventTypes, rebuilding: false },
          ];
        }),
      );
    };
    // Another process moves the checkpoints: poll them (the log is read far less often, see waitForPosition).
    const moved = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 20)));
    return waitForPosition(this.store, { positions, moved }, position, timeoutMs);
  }
}
