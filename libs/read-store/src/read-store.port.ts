/**
 * The read store port: the subset of the MongoDB collection API that projections and queries
 * use, with MongoDB's query and update semantics. Every projection and query is written once
 * against it. No transactions and no change streams (FerretDB has neither).
 */
export type Document = { _id: string; [key: string]: unknown };
export type Filter = Record<string, unknown>;
/** Update operators ($set, $unset, $inc, $push, $pull, $addToSet, $max, $min, $setOnInsert). */
export type Update = Record<string, unknown>;
export type Sort = Record<string, 1 | -1>;
export type Projection = Record<string, 0 | 1>;

export type FindOptions = Readonly<{ sort?: Sort; limit?: number; skip?: number; projection?: Projection }>;
export type UpdateOptions = Readonly<{ upsert?: boolean }>;
export type UpdateResult = Readonly<{ matchedCount: number; modifiedCount: number; upsertedCount: number }>;
export type DeleteResult = Readonly<{ deletedCount: number }>;
export type IndexOptions = Readonly<{ unique?: boolean; name?: string }>;
/**
 * `handOver`: the caller gives the documents of its inserts and replacements away and never
 * touches them again, so an in-process store may keep them as they are instead of copying them.
 */
export type CountedValue = string | number | boolean;
export type ValueCounts = Readonly<{
  total: number;
  values: Readonly<Record<string, ReadonlyMap<CountedValue, number>>>;
}>;
export type BulkWriteOptions = Readonly<{ handOver?: boolean }>;

export type BulkOperation<T extends Document> =
  | { insertOne: { document: T } }
  | { replaceOne: { filter: Filter; replacement: T; upsert?: boolean } }
  | { updateOne: { filter: Filter; update: Update; upsert?: boolean } }
  | { updateMany: { filter: Filter; update: Update } }
  | { deleteOne: { filter: Filter } }
  | { deleteMany: { filter: Filter } };

export interface ReadCollection<T extends Document = Document> {
  readonly name: string;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne(filter: Filter, options?: Omit<FindOptions, 'limit'>): Promise<T | null>;
  countDocuments(filter?: Filter): Promise<number>;
  insertOne(document: T): Promise<void>;
  replaceOne(filter: Filter, replacement: T, options?: UpdateOptions): Promise<UpdateResult>;
  updateOne(filter: Filter, update: Update, options?: UpdateOptions): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update): Promise<UpdateResult>;
  deleteOne(filter: Filter): Promise<DeleteResult>;
  deleteMany(filter?: Filter): Promise<DeleteResult>;
  /**
   * How many documents match `filter` (`total`), and for each of `paths` how many of them hold
   * each value there: array elements count one by one, a document once per distinct value, values
   * that are not strings, finite numbers or booleans not at all. (Facet counts.)
   */
  countValues(filter: Filter, paths: readonly string[]): Promise<ValueCounts>;
  /**
   * The documents with these ids, in no particular order, for a writer that folds a batch into
   * them (a projection). They may be the store's own objects: read them, never change them.
   */
  documentsById(ids: readonly string[]): Promise<T[]>;
  /** Ordered: stops at the first failing operation, earlier ones stay applied (like MongoDB). */
  bulkWrite(operations: readonly BulkOperation<T>[], options?: BulkWriteOptions): Promise<void>;
  aggregate<R = Document>(pipeline: readonly Record<string, unknown>[]): Promise<R[]>;
  createIndex(keys: Record<string, 1 | -1 | 'text'>, options?: IndexOptions): Promise<string>;
}

export interface ReadStore {
  collection<T extends Document = Document>(name: string): ReadCollection<T>;
  listCollections(): Promise<string[]>;
  dropCollection(name: string): Promise<void>;
  close(): Promise<void>;
}

export const READ_STORE = Symbol('ReadStore');

/** A unique index (including _id) refused a write. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly key: unknown,
  ) {
    super(`Duplicate key in ${collection}: ${JSON.stringify(key)}`);
    this.name = 'DuplicateKeyError';
  }
}
