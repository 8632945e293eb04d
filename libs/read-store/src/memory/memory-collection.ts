import { randomBytes } from 'node:crypto';
import type {
  BulkOperation,
  BulkWriteOptions,
  DeleteResult,
  Document,
  Filter,
  FindOptions,
  IndexOptions,
  ReadCollection,
  Update,
  UpdateOptions,
  UpdateResult,
  ValueCounts,
} from '../read-store.port';
import type { CollectionState } from './collection-state';
import { setPath } from './paths';
import { findIn, aggregateIn } from './reads';
import { compileFilter, equalityFields } from './selector';
import { applyUpdate } from './update-operators';
import { cloneDeep, deepEqual, type PlainObject } from './values';

/** What a collection handle needs from its store; handles stay valid across dropCollection. */
export interface CollectionHost {
  peek(name: string): CollectionState | undefined;
  ensure(name: string): CollectionState;
  /** Copies of another collection's documents, for $lookup. */
  resolve(name: string): PlainObject[];
}

const result = (matchedCount: number, modifiedCount: number, upsertedCount: number): UpdateResult => ({
  matchedCount,
  modifiedCount,
  upsertedCount,
});
const newId = (): string => randomBytes(12).toString('hex');

/** A `{ _id: <string> }` filter, the projections' own: a Map lookup, nothing to compile. */
const isIdAlone = (filter: Filter): boolean => typeof filter._id === 'string' && Object.keys(filter).length === 1;

/**
 * A handed-over document is kept as it is. Under test it is frozen, deeply, so that a projection
 * changing a document it was given (or gave away) fails its tests instead of corrupting the store.
 */
function kept(doc: Document): Document {
  if (FREEZE_HANDED_OVER) deepFreeze(doc);
  return doc;
}
const FREEZE_HANDED_OVER = process.env.NODE_ENV === 'test'; // read once: process.env is slow to read

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/**
 * One collection of the in-memory read store. Reads and writes run synchronously under the
 * promise API, so a bulkWrite is applied without interleaving. Documents go in and come out
 * as copies: a caller can never alias what the store holds. The one exception is the projection
 * path: `documentsById` lends the stored documents to be read, and a `handOver` bulk write keeps
 * the documents it is given (frozen under test, so a writer that changes them fails there).
 */
export class MemoryCollection<T extends Document> implements ReadCollection<T> {
  constructor(
    readonly name: string,
    private readonly host: CollectionHost,
  ) {}

  async find(filter?: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.findNow(filter, options);
  }

  async findOne(filter: Filter, options: Omit<FindOptions, 'limit'> = {}): Promise<T | null> {
    if (options.sort === undefined && options.skip === undefined && options.projection === undefined) {
      const doc = this.host.peek(this.name)?.first(compileFilter(filter));
      return doc === undefined ? null : (cloneDeep(doc) as T);
    }
    return this.findNow(filter, { ...options, limit: 1 })[0] ?? null;
  }

  async countDocuments(filter?: Filter): Promise<number> {
    const state = this.host.peek(this.name);
    if (state === undefined) return 0;
    if (filter === undefined || Object.keys(filter).length === 0) return state.docs.size;
    return state.count(filter);
  }

  async insertOne(document: T): Promise<void> {
    this.insertNow(document);
  }

  async replaceOne(filter: Filter, replacement: T, options: UpdateOptions = {}): Promise<UpdateResult> {
    return this.replaceNow(filter, replacement, options.upsert === true);
  }

  async updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    return this.updateNow(filter, update, options.upsert === true, true);
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    return this.updateNow(filter, update, false, false);
  }

  async deleteOne(filter: Filter): Promise<DeleteResult> {
    return this.deleteNow(filter, 1);
  }

  async deleteMany(filter?: Filter): Promise<DeleteResult> {
    return this.deleteNow(filter, Infinity);
  }

  async countValues(filter: Filter, paths: readonly string[]): Promise<ValueCounts> {
    const state = this.host.peek(this.name);
    if (state === undefined) return { total: 0, values: Object.fromEntries(paths.map((path) => [path, new Map()])) };
    return state.countValues(filter, paths);
  }

  /** The stored documents themselves, not copies (the caller only reads them). */
  async documentsById(ids: readonly string[]): Promise<T[]> {
    const state = this.host.peek(this.name);
    if (state === undefined) return [];
    const out: T[] = [];
    for (const id of ids) {
      const doc = state.docs.get(id);
      if (doc !== undefined) out.push(doc as T);
    }
    return out;
  }

  async bulkWrite(operations: readonly BulkOperation<T>[], options: BulkWriteOptions = {}): Promise<void> {
    const handOver = options.handOver === true;
    for (const op of operations) {
      if ('replaceOne' in op)
        this.replaceNow(op.replaceOne.filter, op.replaceOne.replacement, op.replaceOne.upsert === true, handOver);
      else if ('updateOne' in op)
        this.updateNow(op.updateOne.filter, op.updateOne.update, op.updateOne.upsert === true, true);
      else if ('insertOne' in op) this.insertNow(op.insertOne.document);
      else if ('updateMany' in op) this.updateNow(op.updateMany.filter, op.updateMany.update, false, false);
      else if ('deleteOne' in op) this.deleteNow(op.deleteOne.filter, 1);
      else if ('deleteMany' in op) this.deleteNow(op.deleteMany.filter, Infinity);
      else throw new Error(`Unknown bulk operation: ${Object.keys(op).join(', ')}`);
    }
  }

  async aggregate<R = Document>(pipeline: readonly Record<string, unknown>[]): Promise<R[]> {
    return aggregateIn(this.host.peek(this.name), pipeline, (name) => this.host.resolve(name)) as R[];
  }

  /**
   * Unique indexes are enforced. Every non-text field path of any index (each path of a compound
   * one) is also indexed for equality and `$in` lookups; text indexes only record their name.
   */
  async createIndex(keys: Record<string, 1 | -1 | 'text'>, options: IndexOptions = {}): Promise<string> {
    const name =
      options.name ??
      Object.entries(keys)
        .map(([field, kind]) => `${field}_${kind}`)
        .join('_');
    const lookupFields = Object.entries(keys)
      .filter(([, kind]) => kind !== 'text')
      .map(([field]) => field);
    this.host.ensure(this.name).addIndex(name, Object.keys(keys), options.unique === true, lookupFields);
    return name;
  }

  private findNow(filter: Filter | undefined, options: FindOptions): T[] {
    return findIn(this.host.peek(this.name), filter, options) as T[];
  }

  private insertNow(document: T): void {
    this.host.ensure(this.name).insert(cloneDeep(document));
  }

  private replaceNow(filter: Filter, replacement: T, upsert: boolean, handOver = false): UpdateResult {
    const state = this.host.peek(this.name);
    const current =
      state === undefined
        ? undefined
        : isIdAlone(filter)
          ? state.docs.get(filter._id)
          : state.first(compileFilter(filter));
    if (state !== undefined && current !== undefined) {
      const next: Document = handOver ? replacement : cloneDeep(replacement);
      if (next._id === undefined) next._id = current._id;
      if (!handOver && deepEqual(current, next)) return result(1, 0, 0);
      state.replace(current, handOver ? kept(next) : next);
      return result(1, 1, 0);
    }
    if (!upsert) return result(0, 0, 0);
    const doc: Document = handOver ? replacement : cloneDeep(replacement);
    if (doc._id === undefined)
      doc._id = (equalityFields(filter).find(([path]) => path === '_id')?.[1] as string) ?? newId();
    this.host.ensure(this.name).insert(handOver ? kept(doc) : doc);
    return result(0, 0, 1);
  }

  private updateNow(filter: Filter, update: Update, upsert: boolean, one: boolean): UpdateResult {
    const state = this.host.peek(this.name);
    const selector = compileFilter(filter);
    const matched =
      state === undefined
        ? []
        : one
          ? [state.first(selector)].filter((d) => d !== undefined)
          : [...state.select(selector)];
    if (state !== undefined && matched.length > 0) {
      let modified = 0;
      for (const current of matched) {
        const next = cloneDeep(current);
        if (!applyUpdate(next, update, { insert: false, filter })) continue;
        state.replace(current, next);
        modified++;
      }
      return result(matched.length, modified, 0);
    }
    if (!upsert) return result(0, 0, 0);
    const doc: PlainObject = {};
    for (const [path, value] of equalityFields(filter)) setPath(doc, path, cloneDeep(value));
    applyUpdate(doc, update, { insert: true, filter });
    if (doc._id === undefined) doc._id = newId();
    this.host.ensure(this.name).insert(doc as Document);
    return result(0, 0, 1);
  }

  private deleteNow(filter: Filter | undefined, max: number): DeleteResult {
    const state = this.host.peek(this.name);
    if (state === undefined) return { deletedCount: 0 };
    const doomed = [...state.select(compileFilter(filter), max)];
    for (const doc of doomed) state.remove(doc);
    return { deletedCount: doomed.length };
  }
}
