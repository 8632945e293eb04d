/**
 * Secondary (non-unique, multikey) indexes of the in-memory adapter and the filter analysis that
 * uses them. An index never decides a match: it only narrows the candidates, and the full mingo
 * predicate still runs over every candidate, so results are those of a scan. Every document that
 * the predicate could match is therefore always among the candidates of its index keys.
 */
import type { Filter } from '../read-store.port';
import { isPlainObject, type PlainObject } from './values';

/** Values an index key can hold and a query can look up: mingo compares them with `===`. */
export type IndexValue = string | number | boolean;

export const isIndexValue = (value: unknown): value is IndexValue =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** One condition the index planner understands. */
export type Constraint =
  Readonly<{ path: string; values: readonly IndexValue[] }> | Readonly<{ or: readonly (readonly Constraint[])[] }>;

/** Map keys: -0 and 0 are one key already (SameValueZero), strings and numbers stay apart. */
class PathIndex {
  readonly entries = new Map<IndexValue, Set<unknown>>();
  /** Documents whose path goes through something other than plain objects and arrays: always candidates. */
  readonly wild = new Set<unknown>();
  private readonly segments: readonly string[];

  constructor(readonly path: string) {
    this.segments = path.split('.');
  }

  /** The distinct keys of a document, or 'wild' when its value cannot be indexed safely. */
  keysOf(doc: PlainObject): Set<IndexValue> | 'wild' {
    const out = new Set<IndexValue>();
    return collect(doc, this.segments, 0, out) ? out : 'wild';
  }

  add(key: unknown, doc: PlainObject): void {
    const keys = this.keysOf(doc);
    if (keys === 'wild') {
      this.wild.add(key);
      return;
    }
    for (const value of keys) {
      let ids = this.entries.get(value);
      if (ids === undefined) {
        ids = new Set();
        this.entries.set(value, ids);
      }
      ids.add(key);
    }
  }

  delete(key: unknown, doc: PlainObject): void {
    const keys = this.keysOf(doc);
    if (keys === 'wild') {
      this.wild.delete(key);
      return;
    }
    for (const value of keys) {
      const ids = this.entries.get(value);
      if (ids === undefined) continue;
      ids.delete(key);
      if (ids.size === 0) this.entries.delete(value);
    }
  }

  /** Every document whose path may equal one of `values`. */
  lookup(values: readonly IndexValue[]): Set<unknown> {
    const sets: Set<unknown>[] = [];
    for (const value of new Set(values)) {
      const ids = this.entries.get(value);
      if (ids !== undefined) sets.push(ids);
    }
    if (this.wild.size > 0) sets.push(this.wild);
    if (sets.length === 1) return sets[0];
    const out = new Set<unknown>();
    for (const ids of sets) for (const id of ids) out.add(id);
    return out;
  }
}

/**
 * Gathers the scalars reachable at a path, descending into every array element at every level
 * (a superset of what MongoDB and mingo compare). Returns false on an exotic object on the way.
 */
function collect(value: unknown, segments: readonly string[], depth: number, out: Set<IndexValue>): boolean {
  if (Array.isArray(value)) {
    for (const element of value) if (!collect(element, segments, depth, out)) return false;
    return true;
  }
  if (depth === segments.length) {
    if (isIndexValue(value)) out.add(value);
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  if (!isPlainObject(value)) return value instanceof Date;
  return collect(value[segments[depth]], segments, depth + 1, out);
}

/** The secondary indexes of one collection, one per indexed field path. */
export class SecondaryIndexes {
  private readonly byPath = new Map<string, PathIndex>();

  get size(): number {
    return this.byPath.size;
  }

  /** Paths with a numeric segment (array positions) and `_id` (already a Map key) are not indexed. */
  static indexable(path: string): boolean {
    return path !== '_id' && path.length > 0 && !path.split('.').some((s) => s === '' || /^\d+$/.test(s));
  }

  /** Adds an index on `path` built over `docs`, unless the path is already indexed or not indexable. */
  addPath(path: string, docs: Iterable<[unknown, PlainObject]>): void {
    if (this.byPath.has(path) || !SecondaryIndexes.indexable(path)) return;
    const index = new PathIndex(path);
    for (const [key, doc] of docs) index.add(key, doc);
    this.byPath.set(path, index);
  }

  add(key: unknown, doc: PlainObject): void {
    for (const index of this.byPath.values()) index.add(key, doc);
  }

  delete(key: unknown, doc: PlainObject): void {
    for (const index of this.byPath.values()) index.delete(key, doc);
  }

  /** The candidate keys allowed by `constraints`, or undefined when no index applies. */
  candidates(constraints: readonly Constraint[]): Set<unknown> | undefined {
    if (this.byPath.size === 0) return undefined;
    const sets: Set<unknown>[] = [];
    for (const constraint of constraints) {
      const ids = this.evaluate(constraint);
      if (ids !== undefined) sets.push(ids);
    }
    if (sets.length === 0) return undefined;
    sets.sort((a, b) => a.size - b.size);
    if (sets.length === 1) return sets[0];
    const [smallest, ...others] = sets;
    const out = new Set<unknown>();
    for (const id of smallest) if (others.every((ids) => ids.has(id))) out.add(id);
    return out;
  }

  private evaluate(constraint: Constraint): Set<unknown> | undefined {
    if ('path' in constraint) return this.byPath.get(constraint.path)?.lookup(constraint.values);
    const out = new Set<unknown>();
    for (const branch of constraint.or) {
      const ids = this.candidates(branch);
      if (ids === undefined) return undefined;
      for (const id of ids) out.add(id);
    }
    return out;
  }
}

/** Equality, `$eq` and `$in` on scalar values, at the top level and inside `$and` and `$or`. */
export function indexConstraints(filter: Filter, out: Constraint[] = []): Constraint[] {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) if (isPlainObject(clause)) indexConstraints(clause, out);
    } else if (key === '$or' && Array.isArray(value) && value.length > 0) {
      if (!value.every(isPlainObject)) continue;
      const branches = value.map((clause) => indexConstraints(clause));
      if (branches.every((branch) => branch.length > 0)) out.push({ or: branches });
    } else if (key.startsWith('$')) {
      continue;
    } else if (isIndexValue(value)) {
      out.push({ path: key, values: [value] });
    } else if (isPlainObject(value) && Object.keys(value).every((k) => k.startsWith('$'))) {
      if ('$eq' in value && isIndexValue(value.$eq)) out.push({ path: key, values: [value.$eq] });
      const list = value.$in;
      if (Array.isArray(list) && list.every(isIndexValue)) out.push({ path: key, values: list });
    }
  }
  return out;
}
