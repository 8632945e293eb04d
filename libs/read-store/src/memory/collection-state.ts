/**
 * The documents of one in-memory collection, keyed by `_id`, with its unique indexes. Every
 * write is checked against `_id` and all unique indexes before anything changes, so a refused
 * write leaves the collection as it was. Documents held here are private copies.
 */
import { DuplicateKeyError, type Document, type Filter, type ValueCounts } from '../read-store.port';
import { getPath } from './paths';
import { scalarsAt } from '../value-counts';
import { type Constraint, type IndexValue, SecondaryIndexes, exactConstraints } from './secondary-index';
import { type Selector, compileFilter } from './selector';
import { deepEqual, encodeKey, isPlainObject, type PlainObject } from './values';
import { immutableId } from './update-operators';

/** Map key of an `_id`: strings and numbers as they are, anything else canonically encoded. */
export const idKey = (id: unknown): unknown => (id !== null && typeof id === 'object' ? `\u0000${encodeKey(id)}` : id);

export type IndexSpec = Readonly<{
  name: string;
  fields: readonly string[];
  unique: boolean;
  lookupFields: readonly string[];
}>;

class UniqueIndex {
  /** Encoded key → idKey of the document holding it. */
  readonly entries = new Map<string, unknown>();
  constructor(readonly fields: readonly string[]) {}

  /** MongoDB indexes a missing field as null, so two documents without it collide. */
  keyOf(doc: PlainObject): string {
    return this.fields.length === 1
      ? encodeKey(getPath(doc, this.fields[0]))
      : this.fields.map((field) => encodeKey(getPath(doc, field))).join('|');
  }

  keyValue(doc: PlainObject): Record<string, unknown> {
    return Object.fromEntries(this.fields.map((field) => [field, getPath(doc, field) ?? null]));
  }
}

export class CollectionState {
  readonly docs = new Map<unknown, Document>();
  private readonly unique = new Map<string, UniqueIndex>();
  readonly indexNames = new Set<string>(['_id_']);
  /** Every index as it was added, so a snapshot can add them again (memory-snapshot.ts). */
  readonly indexSpecs: IndexSpec[] = [];
  /** Equality/`$in` lookups on every field path of every non-text index (multikey). */
  private readonly secondary = new SecondaryIndexes();
  /** Insertion position of each document, so index candidates come out in scan order. */
  private readonly position = new Map<unknown, number>();
  private nextPosition = 0;
  /**
   * Lookup paths of indexes loaded from a snapshot, or added to an empty collection, and not built
   * yet: built from the documents on the first read that can use an index. Writes before that need not maintain them (a build reads
   * the documents as they are then), so a start from a snapshot does not pay for every index.
   */
  private deferred: string[] = [];

  constructor(readonly name: string) {}

  /** Fills an empty collection from a snapshot: documents in scan order, unique indexes built, lookups deferred. */
  load(indexes: readonly IndexSpec[], docs: readonly Document[]): void {
    for (const doc of docs) {
      const key = idKey(doc._id);
      this.docs.set(key, doc);
      this.position.set(key, this.nextPosition++);
    }
    for (const index of indexes) {
      if (index.unique && !(index.fields.length === 1 && index.fields[0] === '_id')) {
        const unique = new UniqueIndex(index.fields);
        for (const [key, doc] of this.docs) unique.entries.set(unique.keyOf(doc), key);
        this.unique.set(index.name, unique);
      }
      this.deferred.push(...index.lookupFields);
      this.indexNames.add(index.name);
      this.indexSpecs.push(index);
    }
  }

  /** The secondary indexes for a read on `paths` (all when not given), deferred ones among them built first. */
  private lookups(paths?: ReadonlySet<string>): SecondaryIndexes {
    if (this.deferred.length > 0) {
      const build = paths ? this.deferred.filter((path) => paths.has(path)) : this.deferred;
      if (build.length > 0) {
        this.deferred = paths ? this.deferred.filter((path) => !paths.has(path)) : [];
        for (const path of build) this.secondary.addPath(path, this.docs);
      }
    }
    return this.secondary;
  }

  *select(selector: Selector, max = Infinity): Generator<Document> {
    if (max <= 0) return;
    let found = 0;
    const { ids, test } = selector;
    if (ids !== undefined) {
      for (const id of ids) {
        const doc = this.docs.get(idKey(id));
        if (doc === undefined || (test !== undefined && !test(doc))) continue;
        yield doc;
        if (++found >= max) return;
      }
      return;
    }
    const candidates = this.candidatesOf(selector);
    for (const doc of candidates === undefined ? this.docs.values() : this.inScanOrder(candidates)) {
      if (test !== undefined && !test(doc)) continue;
      yield doc;
      if (++found >= max) return;
    }
  }

  /**
   * How many documents matching `filter` hold each value at each of `paths`, and how many match.
   * When every condition of the filter is one an index decides exactly, the matches come from the
   * index sets with no document tested: as the few documents that fail (then each count is its
   * index key's size less what those few hold), or as the set that passes. Otherwise the
   * candidates are tested, as a find does. Counts come from each path's index where it has one and
   * the matches are many, else from reading the matching documents.
   */
  countValues(filter: Filter, paths: readonly string[]): ValueCounts {
    const { matched, excluded } = this.matching(filter);
    const lookups = this.lookups(new Set(paths));
    const values: Record<string, Map<IndexValue, number>> = {};
    for (const path of paths) {
      let counts: Map<IndexValue, number> | undefined;
      if (matched !== undefined && matched.size * 4 < this.docs.size) counts = this.countByReading(path, matched);
      else counts = lookups.counts(path, matched);
      if (counts !== undefined && excluded !== undefined) {
        for (const key of excluded) for (const value of scalarsAt(this.docs.get(key)!, path)) less(counts, value);
      }
      values[path] = counts ?? this.countByReading(path, matched, excluded);
    }
    const total = matched?.size ?? this.docs.size - (excluded?.size ?? 0);
    return { total, values };
  }

  /** How many documents match `filter` (as `countValues` finds them). */
  count(filter: Filter): number {
    const { matched, excluded } = this.matching(filter);
    return matched?.size ?? this.docs.size - (excluded?.size ?? 0);
  }

  /**
   * The documents matching `filter` as the set that does, or the set that does not (undefined
   * both: all of them). The conditions an index decides exactly come from the index sets and are
   * not tested again; only the others are tested, on their own index candidates, or on the
   * decided set when that is the smaller.
   */
  private matching(filter: Filter): { matched?: ReadonlySet<unknown>; excluded?: ReadonlySet<unknown> } {
    const { decided, rest } = this.split(filter);
    let excluded: ReadonlySet<unknown> | undefined;
    let kept: ReadonlySet<unknown> | undefined;
    if (decided.length > 0) {
      const lookups = this.lookups(pathsOf(decided));
      excluded = lookups.exactComplement(decided, this.docs.size / 2);
      if (excluded === undefined || excluded.size * 2 > this.docs.size) {
        excluded = undefined;
        kept = lookups.exact(decided, (key) => this.docs.get(key)!);
      }
    }
    if (rest === undefined) return { matched: kept, excluded };
    const selector = compileFilter(rest);
    const matched = new Set<unknown>();
    // What to test the rest on: the decided set or the rest's own index candidates, the smaller.
    const candidates = selector.ids === undefined ? this.candidatesOf(selector) : undefined;
    const pool = kept !== undefined && (candidates === undefined || kept.size <= candidates.size) ? kept : candidates;
    if (pool !== undefined) {
      for (const key of pool) {
        if (excluded?.has(key) || (pool !== kept && kept !== undefined && !kept.has(key))) continue;
        if (selector.test === undefined || selector.test(this.docs.get(key)!)) matched.add(key);
      }
      return { matched };
    }
    for (const doc of this.select(selector)) {
      const key = idKey(doc._id);
      if (excluded?.has(key) || (kept !== undefined && !kept.has(key))) continue;
      matched.add(key);
    }
    return { matched };
  }

  /**
   * A filter's top-level conditions (`$and` ones included) in two parts: those its indexes decide
   * exactly, as constraints, and the rest as one filter (undefined: nothing left to test).
   */
  private split(filter: Filter): { decided: Constraint[]; rest?: Filter } {
    const decided: Constraint[] = [];
    const rest: Filter = {};
    const more: Filter[] = [];
    const visit = (conditions: Filter) => {
      for (const [key, value] of Object.entries(conditions)) {
        if (key === '$and' && Array.isArray(value) && value.every(isPlainObject)) {
          for (const clause of value) visit(clause as Filter);
          continue;
        }
        const condition = { [key]: value };
        const exact = exactConstraints(condition);
        if (exact !== undefined && exact.length > 0 && this.lookups(pathsOf(exact)).decides(exact))
          decided.push(...exact);
        else if (key in rest) more.push(condition);
        else rest[key] = value;
      }
    };
    visit(filter);
    if (more.length > 0) rest.$and = more;
    return { decided, ...(Object.keys(rest).length > 0 ? { rest } : {}) };
  }

  private countByReading(
    path: string,
    within: ReadonlySet<unknown> | undefined,
    excluded?: ReadonlySet<unknown>,
  ): Map<IndexValue, number> {
    const out = new Map<IndexValue, number>();
    const docs: Iterable<[unknown, Document]> =
      within === undefined ? this.docs : Array.from(within, (key) => [key, this.docs.get(key)!]);
    for (const [key, doc] of docs) {
      if (excluded?.has(key)) continue;
      for (const value of scalarsAt(doc, path)) out.set(value, (out.get(value) ?? 0) + 1);
    }
    return out;
  }

  private candidatesOf(selector: Selector): Set<unknown> | undefined {
    return selector.constraints === undefined
      ? undefined
      : this.lookups(pathsOf(selector.constraints)).candidates(selector.constraints, this.docs.size);
  }

  /**
   * The first `count` matches in the order of `sort`, walking the index of its first key instead
   * of sorting every match; ties on that key are sorted by `sortGroup` (the whole sort, from scan
   * order). Undefined when no index can give the order, or when the matches are few enough that
   * sorting them is cheaper.
   */
  selectSorted(
    selector: Selector,
    sort: Readonly<Record<string, 1 | -1>>,
    count: number,
    sortGroup: (docs: Document[]) => Document[],
  ): Document[] | undefined {
    const [first, direction] = Object.entries(sort)[0] ?? [];
    if (first === undefined || selector.ids !== undefined || count <= 0) return undefined;
    const groups = this.lookups(new Set([first])).groups(first, direction === -1 ? -1 : 1);
    if (groups === undefined) return undefined;
    const candidates = this.candidatesOf(selector);
    if (candidates !== undefined && candidates.size <= Math.max(64, count * 4)) return undefined;
    const { test } = selector;
    const out: Document[] = [];
    for (const group of groups) {
      let members: Document[] = [];
      for (const key of group) {
        if (candidates !== undefined && !candidates.has(key)) continue;
        const doc = this.docs.get(key);
        if (doc === undefined || (test !== undefined && !test(doc))) continue;
        members.push(doc);
      }
      if (members.length > 1) {
        members.sort((a, b) => this.position.get(idKey(a._id))! - this.position.get(idKey(b._id))!);
        members = sortGroup(members);
      }
      for (const doc of members) out.push(doc);
      if (out.length >= count) break;
    }
    return out.slice(0, count);
  }

  /** The candidate documents in the order a full scan would visit them. */
  private *inScanOrder(keys: Set<unknown>): Iterable<Document> {
    if (keys.size * 8 > this.docs.size) {
      for (const [key, doc] of this.docs) if (keys.has(key)) yield doc;
      return;
    }
    const ordered = Array.from(keys, (key) => [this.position.get(key) ?? 0, key] as const).sort((a, b) => a[0] - b[0]);
    for (const [, key] of ordered) {
      const doc = this.docs.get(key);
      if (doc !== undefined) yield doc;
    }
  }

  private stored(key: unknown, doc: Document): void {
    this.docs.set(key, doc);
    this.position.set(key, this.nextPosition++);
    this.secondary.add(key, doc);
  }

  first(selector: Selector): Document | undefined {
    for (const doc of this.select(selector, 1)) return doc;
    return undefined;
  }

  insert(doc: Document): void {
    const key = idKey(doc._id);
    if (this.docs.has(key)) throw new DuplicateKeyError(this.name, { _id: doc._id });
    if (this.unique.size === 0) {
      this.stored(key, doc);
      return;
    }
    const keys = [...this.unique.values()].map((index) => {
      const indexKey = index.keyOf(doc);
      if (index.entries.has(indexKey)) throw new DuplicateKeyError(this.name, index.keyValue(doc));
      return indexKey;
    });
    [...this.unique.values()].forEach((index, i) => index.entries.set(keys[i], key));
    this.stored(key, doc);
  }

  /** Swaps a stored document for its new version (same `_id`). */
  replace(current: Document, next: Document): void {
    if (!deepEqual(current._id, next._id)) throw immutableId();
    const key = idKey(current._id);
    if (this.unique.size > 0) {
      const changes: [UniqueIndex, string, string][] = [];
      for (const index of this.unique.values()) {
        const before = index.keyOf(current);
        const after = index.keyOf(next);
        if (before === after) continue;
        if (index.entries.has(after)) throw new DuplicateKeyError(this.name, index.keyValue(next));
        changes.push([index, before, after]);
      }
      for (const [index, before, after] of changes) {
        index.entries.delete(before);
        index.entries.set(after, key);
      }
    }
    if (this.secondary.size > 0) {
      this.secondary.replace(key, current, next);
    }
    this.docs.set(key, next);
  }

  remove(doc: Document): void {
    for (const index of this.unique.values()) index.entries.delete(index.keyOf(doc));
    const key = idKey(doc._id);
    this.secondary.delete(key, doc);
    this.position.delete(key);
    this.docs.delete(key);
  }

  /**
   * Adds an index; a unique one is built over the existing documents and refused on a duplicate.
   * Every `lookupFields` path (each non-text field of the index) also gets a secondary index.
   */
  addIndex(name: string, fields: readonly string[], unique: boolean, lookupFields = fields): void {
    if (this.indexNames.has(name)) return;
    if (unique && !(fields.length === 1 && fields[0] === '_id')) {
      const index = new UniqueIndex(fields);
      for (const [key, doc] of this.docs) {
        const indexKey = index.keyOf(doc);
        if (index.entries.has(indexKey)) throw new DuplicateKeyError(this.name, index.keyValue(doc));
        index.entries.set(indexKey, key);
      }
      this.unique.set(name, index);
    }
    if (this.docs.size === 0) {
      // Nothing to index yet: the lookups wait for the first read that can use them, so a read model
      // being (re)built from the log does not maintain indexes document by document; the first
      // read builds each path it names in one pass over what is there by then.
      this.deferred.push(...lookupFields);
    } else {
      const secondary = this.lookups(); // a deferred path and a new one must not both be pending
      for (const field of lookupFields) secondary.addPath(field, this.docs);
    }
    this.indexNames.add(name);
    this.indexSpecs.push({ name, fields, unique, lookupFields });
  }
}

/** The field paths a query's index constraints name (they may be nested in `or`). */
function pathsOf(constraints: readonly Constraint[], into = new Set<string>()): Set<string> {
  for (const constraint of constraints) {
    if ('or' in constraint) for (const branch of constraint.or) pathsOf(branch, into);
    else into.add(constraint.path);
  }
  return into;
}

function less(counts: Map<IndexValue, number>, value: IndexValue): void {
  const count = (counts.get(value) ?? 0) - 1;
  if (count > 0) counts.set(value, count);
  else counts.delete(value);
}
