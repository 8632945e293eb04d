import type { ReadStore } from '@booking/read-store';
import { CHECKPOINTS } from './projection-worker';
import {
  type ContentVersion,
  PROJECTIONS,
  type ProjectionPointer,
  type ReadModelDirectory,
} from './read-model-directory';

/**
 * The directory as seen by a query API that does not run the projections itself (MongoDB
 * mode): pointers and checkpoints are read from the read store, briefly cached.
 */
export class StoredDirectory implements ReadModelDirectory {
  private cache?: {
    at: number;
    pointers: Map<string, string>;
    checkpoints: Map<string, { position: number; changedAt?: number }>;
  };

  constructor(
    private readonly readStore: ReadStore,
    private readonly projections: readonly string[],
    private readonly ttlMs = 100,
  ) {}

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
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.lowest(await this.load(true), projections) >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
