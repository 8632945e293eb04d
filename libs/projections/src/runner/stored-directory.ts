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
    position: bigint;
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
    const complete = this.projections.every((p) => byName.has(p)) && checkpoints.length === byName.size;
    const position = complete && checkpoints.length > 0 ? BigInt(Math.min(...checkpoints.map((c) => c.position))) : 0n;
    this.cache = { at: now, pointers: byName, checkpoints: new Map(checkpoints.map((c) => [c._id, c])), position };
    return this.cache;
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

  async position(): Promise<bigint> {
    return (await this.load()).position;
  }

  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.load(true)).position >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
