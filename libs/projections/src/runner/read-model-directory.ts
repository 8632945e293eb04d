/** Where queries find a projection's active collection and how far the projections have got. */
export interface ReadModelDirectory {
  collectionName(projection: string): Promise<string | undefined>;
  /**
   * What the projection's active collection holds: its name, the position of its last write
   * (`changedAt`: the content changes only when this does) and its checkpoint (`position`: every
   * event up to it is in). Read before a query, it never claims more than the query then sees.
   */
  version(projection: string): Promise<ContentVersion | undefined>;
  /** The lowest checkpoint over the given active projections (all by default). */
  position(projections?: readonly string[]): Promise<bigint>;
  /**
   * Resolves true once the given projections (all by default) have passed `position`, false after
   * `timeoutMs`: a query waits only for the projections it reads. Passed: the checkpoint reached it,
   * or no event of the projection's types lies between the two (see waitForPosition).
   */
  waitFor(position: bigint, timeoutMs: number, projections?: readonly string[]): Promise<boolean>;
}

export type ContentVersion = Readonly<{ collection: string; changedAt: bigint; position: bigint }>;

export const READ_MODEL_DIRECTORY = Symbol('ReadModelDirectory');
export const PROJECTIONS = '_projections';
export type ProjectionPointer = { _id: string; collection: string; version: number; switchedAt: string };
