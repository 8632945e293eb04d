/**
 * One secondary index of the in-memory adapter: a path's keys, each with the documents holding it,
 * the documents it cannot key (wild, multikey, missing), and the keys in order for ranges and
 * sorts. An index never decides a match alone (see secondary-index.ts).
 */
import { isPlainObject, type PlainObject } from './values';
import { SortedKeys, type Bound } from './sorted-keys';

/** Values an index key can hold and a query can look up: mingo compares them with `===`. */
export type IndexValue = string | number | boolean;

export const isIndexValue = (value: unknown): value is IndexValue =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

export type Range = Readonly<{ lower?: Bound; upper?: Bound }>;
/** An equality (`values`) or a range: what one index may decide alone. */
type Exactable = Readonly<{ values: readonly IndexValue[] }> | Readonly<{ range: Range }>;

/** One condition the index planner understands. */
export type Constraint =
  | Readonly<{ path: string; values: readonly IndexValue[] }>
  | Readonly<{ path: string; range: Range }>
  | Readonly<{ or: readonly (readonly Constraint[])[] }>;

/**
 * A candidate set not built yet: bounds on its size are known first, so the planner builds only
 * the small ones. `size` is at least the set's size, `least` at most.
 */
export type Lookup = Readonly<{ size: number; least: number; get: () => Set<unknown> }>;

/** Flags gathered while collecting a document's keys. */
type Shape = { array: boolean; other: boolean };

/** Map keys: -0 and 0 are one key already (SameValueZero), strings and numbers stay apart. */
export class PathIndex {
  readonly entries = new Map<IndexValue, Set<unknown>>();
  /** Documents whose path goes through something other than plain objects and arrays: always candidates. */
  readonly wild = new Set<unknown>();
  /** Documents with several keys (arrays): candidates of every range, whose bounds may hold on different elements. */
  readonly multi = new Set<unknown>();
  /** Documents where the path is missing or null, with no array on the way (they sort first). */
  readonly none = new Set<unknown>();
  /** Documents that are neither one plain scalar nor `none`: while any exist, the index cannot order a sort. */
  private irregular = 0;
  /** The distinct keys in order, built on the first range or sort over this path, then kept up to date. */
  private sorted: SortedKeys | undefined;
  private readonly segments: readonly string[];

  constructor(readonly path: string) {
    this.segments = path.split('.');
  }

  /** The distinct keys of a document, or 'wild' when its value cannot be indexed safely. */
  keysOf(doc: PlainObject, shape: Shape = { array: false, other: false }): Set<IndexValue> | 'wild' {
    const out = new Set<IndexValue>();
    return collect(doc, this.segments, 0, out, shape) ? out : 'wild';
  }

  add(key: unknown, doc: PlainObject): void {
    const shape = { array: false, other: false };
    const keys = this.keysOf(doc, shape);
    if (keys === 'wild') {
      this.wild.add(key);
      this.irregular++;
      return;
    }
    this.classify(key, keys, shape, 1);
    for (const value of keys) {
      let ids = this.entries.get(value);
      if (ids === undefined) {
        ids = new Set();
        this.entries.set(value, ids);
        this.sorted?.added(value);
      }
      ids.add(key);
    }
  }

  delete(key: unknown, doc: PlainObject): void {
    const shape = { array: false, other: false };
    const keys = this.keysOf(doc, shape);
    if (keys === 'wild') {
      if (this.wild.delete(key)) this.irregular--;
      return;
    }
    this.classify(key, keys, shape, -1);
    for (const value of keys) {
      const ids = this.entries.get(value);
      if (ids === undefined) continue;
      ids.delete(key);
      if (ids.size === 0) {
        this.entries.delete(value);
        this.sorted?.removed();
      }
    }
  }

  /**
   * A document replaced. When the path's keys and shape are the same before and after (a write
   * that changed other fields: a catalog event's seat counts), nothing changes here; otherwise as
   * a delete and an add. Keeping the keys untouched matters for sorted paths: a key removed and
   * added again would make the next range or sort rebuild the key order.
   */
  replace(key: unknown, before: PlainObject, after: PlainObject): void {
    const was = { array: false, other: false };
    const is = { array: false, other: false };
    const old = this.keysOf(before, was);
    const now = this.keysOf(after, is);
    if (old !== 'wild' && now !== 'wild' && was.array === is.array && was.other === is.other && sameKeys(old, now))
      return;
    if (old === 'wild' && now === 'wild') return;
    this.delete(key, before);
    this.add(key, after);
  }

  private classify(key: unknown, keys: Set<IndexValue>, shape: Shape, delta: 1 | -1): void {
    if (keys.size > 1) {
      if (delta === 1) this.multi.add(key);
      else this.multi.delete(key);
    }
    if (keys.size === 0 && !shape.array && !shape.other) {
      if (delta === 1) this.none.add(key);
      else this.none.delete(key);
    } else if (keys.size !== 1 || shape.array || shape.other) {
      this.irregular += delta;
    }
  }

  /** Every document whose path may equal one of `values`. */
  lookup(values: readonly IndexValue[]): Lookup {
    const sets: Set<unknown>[] = [];
    for (const value of new Set(values)) {
      const ids = this.entries.get(value);
      if (ids !== undefined) sets.push(ids);
    }
    if (this.wild.size > 0) sets.push(this.wild);
    return union(sets, this.multi.size + this.wild.size);
  }

  /** Whether `exactly` and `exactlyNot` can answer the constraint (cheap: nothing is built). */
  decides(constraint: Exactable): boolean {
    return this.irregular === 0 && ('values' in constraint || this.keys().oneType());
  }

  /**
   * The documents that match an equality or a range exactly, when this index decides it alone:
   * every document holds one plain scalar here or nothing (no arrays, objects or exotic values),
   * and for a range the keys are all of one type (MongoDB compares a bound with values of its own
   * type only: a bound of another type matches nothing). Undefined when the index cannot say.
   * The set returned may be the index's own: read it, never change it.
   */
  exactly(constraint: Exactable): ReadonlySet<unknown> | undefined {
    if (this.irregular !== 0) return undefined;
    if ('values' in constraint) return this.lookup(constraint.values).get();
    const keys = this.keys();
    if (!keys.oneType()) return undefined;
    const bound = constraint.range.lower ?? constraint.range.upper;
    const [first] = keys.ordered(1);
    if (first !== undefined && bound !== undefined && typeof first !== typeof bound.value) return EMPTY;
    return this.range(constraint.range).get();
  }

  /**
   * The documents that do NOT match an equality or range, when this index decides it alone (as
   * `exactly`): the other keys' documents and those without the field. Small when the condition
   * keeps most of the collection (published events, not over yet), which is what counting needs.
   */
  exactlyNot(constraint: Exactable, most = Infinity): ReadonlySet<unknown> | undefined {
    if (this.irregular !== 0) return undefined;
    const sets: Set<unknown>[] = [];
    let size = this.none.size;
    // The key sets are disjoint (one scalar per document): their sizes add up, and past `most` the
    // complement is not worth building.
    const take = (ids: Set<unknown>): boolean => {
      sets.push(ids);
      size += ids.size;
      return size <= most;
    };
    if ('values' in constraint) {
      const kept = new Set(constraint.values);
      for (const [value, ids] of this.entries) if (!kept.has(value) && !take(ids)) return undefined;
    } else {
      const keys = this.keys();
      if (!keys.oneType()) return undefined;
      const { lower, upper } = constraint.range;
      const [first] = keys.ordered(1);
      const outside: Iterable<IndexValue>[] =
        first !== undefined && typeof first !== typeof (lower ?? upper)?.value
          ? [this.entries.keys()] // a bound of another type keeps nothing
          : [
              lower === undefined ? [] : keys.within(undefined, { value: lower.value, inclusive: !lower.inclusive }),
              upper === undefined ? [] : keys.within({ value: upper.value, inclusive: !upper.inclusive }, undefined),
            ];
      for (const values of outside) for (const value of values) if (!take(this.entries.get(value)!)) return undefined;
    }
    if (size > most) return undefined;
    if (this.none.size > 0) sets.push(this.none);
    return union(sets, 0).get();
  }

  /** How many documents hold each value (a document once per distinct value); undefined when some value here is not indexed. */
  counts(within: ReadonlySet<unknown> | undefined): Map<IndexValue, number> | undefined {
    if (this.wild.size > 0) return undefined;
    const out = new Map<IndexValue, number>();
    for (const [value, ids] of this.entries) {
      const count = within === undefined ? ids.size : overlap(ids, within);
      if (count > 0) out.set(value, count);
    }
    return out;
  }

  /** Every document that may hold a value within `range` (mingo compares only values of the bound's type). */
  range(range: Range): Lookup {
    const sets: Set<unknown>[] = [];
    for (const value of this.keys().within(range.lower, range.upper)) sets.push(this.entries.get(value)!);
    if (this.multi.size > 0) sets.push(this.multi);
    if (this.wild.size > 0) sets.push(this.wild);
    return union(sets, this.multi.size + this.wild.size);
  }

  /**
   * The documents grouped by value in sort order (missing and null first when ascending, as
   * MongoDB sorts them), or undefined when that order could differ from a sort's: some document
   * holds an array, a non-scalar or several keys, or the values are of more than one type.
   */
  groups(direction: 1 | -1): Iterable<Set<unknown>> | undefined {
    if (this.irregular !== 0) return undefined;
    const keys = this.keys();
    if (!keys.oneType()) return undefined;
    const entries = this.entries;
    const none = this.none;
    return (function* () {
      if (direction === 1 && none.size > 0) yield none;
      for (const value of keys.ordered(direction)) yield entries.get(value)!;
      if (direction === -1 && none.size > 0) yield none;
    })();
  }

  private keys(): SortedKeys {
    this.sorted ??= new SortedKeys(this.entries.keys());
    return this.sorted.compact((value) => this.entries.has(value));
  }
}

const EMPTY = new Set<unknown>();

function sameKeys(a: ReadonlySet<IndexValue>, b: ReadonlySet<IndexValue>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/** How many members two sets share (walking the smaller). */
function overlap(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const id of small) if (large.has(id)) count++;
  return count;
}

/**
 * The union of an index's key sets. Only the `shared` documents (several keys, or wild) can be in
 * more than one of them, each at most once per set: the union holds at least the sum of the sizes
 * less their repeats.
 */
function union(sets: Set<unknown>[], shared: number): Lookup {
  if (sets.length === 0) return { size: 0, least: 0, get: () => EMPTY };
  if (sets.length === 1) return { size: sets[0].size, least: sets[0].size, get: () => sets[0] };
  let size = 0;
  let largest = 0;
  for (const ids of sets) {
    size += ids.size;
    largest = Math.max(largest, ids.size);
  }
  return {
    size,
    least: Math.max(largest, size - shared * (sets.length - 1)),
    get: () => {
      const out = new Set<unknown>();
      for (const ids of sets) for (const id of ids) out.add(id);
      return out;
    },
  };
}

/**
 * Gathers the scalars reachable at a path, descending into every array element at every level
 * (a superset of what MongoDB and mingo compare). Returns false on an exotic object on the way or
 * a number that is not finite (both always candidates). Records arrays and non-scalar leaves.
 */
function collect(
  value: unknown,
  segments: readonly string[],
  depth: number,
  out: Set<IndexValue>,
  shape: Shape,
): boolean {
  if (Array.isArray(value)) {
    shape.array = true;
    for (const element of value) if (!collect(element, segments, depth, out, shape)) return false;
    return true;
  }
  if (depth === segments.length) {
    if (isIndexValue(value)) out.add(value);
    else if (typeof value === 'number') return false;
    else if (value !== null && value !== undefined) shape.other = true;
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  if (!isPlainObject(value)) return value instanceof Date;
  return collect(value[segments[depth]], segments, depth + 1, out, shape);
}
