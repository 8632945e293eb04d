/** Where queries find a projection's active collection and how far the projections have got. */
export interface ReadModelDirectory {
  collectionName(projection: string): Promise<string | undefined>;
  /**
   * A token that changes whenever the content of the projection's active collection may have
   * changed (its collection and the position of the last write), for caches of query results.
   * A token read before a query never names newer content than the query then sees.
   */
  version(projection: string): Promise<string | undefined>;
  /** The lowest checkpoint over all active projections. */
  position(): Promise<bigint>;
  /** Resolves true once every projection has passed `position`, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean>;
}

export const READ_MODEL_DIRECTORY = Symbol('ReadModelDirectory');
export const PROJECTIONS = '_projections';
export type ProjectionPointer = { _id: string; collection: string; version: number; switchedAt: string };
