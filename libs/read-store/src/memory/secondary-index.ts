/**
 * Secondary (non-unique, multikey) indexes of the in-memory adapter and the filter analysis that
 * uses them. An index never decides a match: it only narrows the candidates, and the full
 * predicate still runs over every candidate, so results are those of a scan. Every document that
 * the predicate could match is therefore always among the candidates of its index keys.
 */
import type { Filter } from '../read-store.port';
import { getPath } from './paths';
import { compareValues, isPlainObject, type PlainObject } from './values';
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
type Lookup = Readonly<{ size: number; least: number; get: () => Set<unknown> }>;

/** Flags gathered while collecting a document's keys. */
type Shape = { array: boolean; other: boolean };

/** Map keys: -0 and 0 are one key already (SameValueZero), strings and numbers stay apart. */
class PathIndex {
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

  /** A document replaced: only the indexes of paths whose keys changed are touched. */
  replace(key: unknown, before: PlainObject, after: PlainObject): void {
    for (const index of this.byPath.values()) index.replace(key, before, after);
  }

  /**
   * The documents matching every constraint, straight from the indexes with no document tested,
   * when each constraint is decided exactly by its index (see `PathIndex.exactly`); undefined when
   * one is not. `constraints` must not be empty.
   */
  exact(constraints: readonly Constraint[], docOf: (key: unknown) => PlainObject): ReadonlySet<unknown> | undefined {
    if (!this.decides(constraints)) return undefined;
    // The smallest constraint's set is built; the others are checked on its members' own values
    // (an exact index says a document's value is one plain scalar), so no large set is gathered.
    const sized = constraints.map((constraint) => ({ constraint, size: this.sizeOf(constraint) }));
    sized.sort((a, b) => a.size - b.size);
    const [first, ...others] = sized;
    const members = this.membersOf(first.constraint, docOf);
    if (others.length === 0) return members;
    const out = new Set<unknown>();
    for (const key of members) {
      const doc = docOf(key);
      if (others.every(({ constraint }) => holds(constraint, doc))) out.add(key);
    }
    return out;
  }

  /** At least how many documents a decided constraint holds (for choosing which set to build). */
  private sizeOf(constraint: Constraint): number {
    if ('or' in constraint)
      return constraint.or.reduce((sum, branch) => sum + Math.min(...branch.map((c) => this.sizeOf(c))), 0);
    const index = this.byPath.get(constraint.path)!;
    return 'values' in constraint ? index.lookup(constraint.values).size : index.range(constraint.range).size;
  }

  private membersOf(constraint: Constraint, docOf: (key: unknown) => PlainObject): ReadonlySet<unknown> {
    if (!('or' in constraint)) return this.byPath.get(constraint.path)!.exactly(constraint)!;
    const union = new Set<unknown>();
    for (const branch of constraint.or) for (const key of this.exact(branch, docOf)!) union.add(key);
    return union;
  }

  /**
   * The documents failing at least one of `constraints` (each a plain equality or range, no `$or`),
   * straight from the indexes as `exact` does; undefined when one is not decided exactly.
   */
  exactComplement(constraints: readonly Constraint[], most: number): ReadonlySet<unknown> | undefined {
    if (!this.decides(constraints)) return undefined;
    const sets: ReadonlySet<unknown>[] = [];
    for (const constraint of constraints) {
      if ('or' in constraint) return undefined;
      const set = this.byPath.get(constraint.path)?.exactlyNot(constraint, most);
      if (set === undefined) return undefined;
      sets.push(set);
    }
    if (sets.length === 1) return sets[0];
    const out = new Set<unknown>();
    for (const set of sets) for (const id of set) out.add(id);
    return out;
  }

  /** Whether every constraint (in every `$or` branch) is decided exactly by its index, before any set is built. */
  decides(constraints: readonly Constraint[]): boolean {
    return constraints.every((constraint) =>
      'or' in constraint
        ? constraint.or.every((branch) => this.decides(branch))
        : this.byPath.get(constraint.path)?.decides(constraint) === true,
    );
  }

  /** How many of the documents `within` (all when undefined) hold each value at `path`, from its index; undefined without one. */
  counts(path: string, within: ReadonlySet<unknown> | undefined): Map<IndexValue, number> | undefined {
    return this.byPath.get(path)?.counts(within);
  }

  /** Documents grouped in the order of a sort on `path`, when the index on it can give that order. */
  groups(path: string, direction: 1 | -1): Iterable<Set<unknown>> | undefined {
    return this.byPath.get(path)?.groups(direction);
  }

  /**
   * The candidate keys allowed by `constraints`, or undefined when no index applies. The smallest
   * candidate set is built first; larger ones narrow it only when not much larger (building and
   * intersecting a big set costs more than testing the few documents it would drop). A set sure
   * to hold more than half of the collection's `total` documents is never built: a scan that tests
   * every document costs less than gathering (often from thousands of range keys) and walking it.
   */
  candidates(constraints: readonly Constraint[], total = Infinity): Set<unknown> | undefined {
    const lookup = this.plan(constraints, total / 2);
    return lookup?.get();
  }

  private plan(constraints: readonly Constraint[], most: number): Lookup | undefined {
    if (this.byPath.size === 0) return undefined;
    const lookups: Lookup[] = [];
    for (const constraint of constraints) {
      const lookup = this.evaluate(constraint, most);
      if (lookup !== undefined && lookup.least <= most) lookups.push(lookup);
    }
    if (lookups.length === 0) return undefined;
    if (lookups.length === 1) return lookups[0];
    lookups.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = lookups;
    const useful = others.filter((lookup) => lookup.size <= smallest.size * 8);
    if (useful.length === 0) return smallest;
    return {
      size: smallest.size,
      least: 0,
      get: () => {
        const sets = useful.map((lookup) => lookup.get());
        const out = new Set<unknown>();
        for (const id of smallest.get()) if (sets.every((ids) => ids.has(id))) out.add(id);
        return out;
      },
    };
  }

  private evaluate(constraint: Constraint, most: number): Lookup | undefined {
    if ('values' in constraint) return this.byPath.get(constraint.path)?.lookup(constraint.values);
    if ('range' in constraint) return this.byPath.get(constraint.path)?.range(constraint.range);
    const branches: Lookup[] = [];
    for (const branch of constraint.or) {
      const lookup = this.plan(branch, most);
      if (lookup === undefined) return undefined;
      branches.push(lookup);
    }
    return {
      size: branches.reduce((sum, lookup) => sum + lookup.size, 0),
      least: Math.max(...branches.map((lookup) => lookup.least)),
      get: () => {
        const out = new Set<unknown>();
        for (const lookup of branches) for (const id of lookup.get()) out.add(id);
        return out;
      },
    };
  }
}

const RANGE_OPERATORS = ['$gt', '$gte', '$lt', '$lte'] as const;

/**
 * Equality, `$eq` and `$in` on scalar values, and ranges (`$gt $gte $lt $lte` with number or
 * string bounds of one type), at the top level and inside `$and` and `$or`.
 */
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
      const range = rangeOf(value);
      if (range !== undefined) out.push({ path: key, range });
    }
  }
  return out;
}

/**
 * Whether a document meets a constraint that an exact index decides: its value at the path is one
 * plain scalar or nothing, compared as the index orders keys (a range bound meets values of its
 * own type only).
 */
function holds(constraint: Constraint, doc: PlainObject): boolean {
  if ('or' in constraint) return constraint.or.some((branch) => branch.every((c) => holds(c, doc)));
  const value = getPath(doc, constraint.path);
  if (!isIndexValue(value)) return false;
  if ('values' in constraint) return constraint.values.includes(value);
  const { lower, upper } = constraint.range;
  const type = typeof (lower ?? upper)!.value;
  if (typeof value !== type) return false;
  if (lower !== undefined) {
    const order = compareValues(value, lower.value);
    if (order < 0 || (order === 0 && !lower.inclusive)) return false;
  }
  if (upper !== undefined) {
    const order = compareValues(value, upper.value);
    if (order > 0 || (order === 0 && !upper.inclusive)) return false;
  }
  return true;
}

/**
 * The filter as index constraints when that is all it says: equalities, `$eq`, `$in` and ranges
 * on field paths, joined by `$and` and `$or`, nothing else (an empty filter gives none: every
 * document). Undefined when any part of it is something an index cannot decide alone.
 */
export function exactConstraints(filter: Filter): Constraint[] | undefined {
  const out: Constraint[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0 || !value.every(isPlainObject)) return undefined;
      const clauses: Constraint[][] = [];
      for (const clause of value) {
        const inner = exactConstraints(clause);
        if (inner === undefined || (key === '$or' && inner.length === 0)) return undefined;
        clauses.push(inner);
      }
      if (key === '$and') out.push(...clauses.flat());
      else out.push({ or: clauses });
    } else if (key.startsWith('$') || !SecondaryIndexes.indexable(key)) {
      return undefined;
    } else if (isIndexValue(value)) {
      out.push({ path: key, values: [value] });
    } else if (isPlainObject(value)) {
      const operators = Object.keys(value);
      if (operators.length === 0 || !operators.every((op) => op === '$eq' || op === '$in' || isRangeOperator(op)))
        return undefined;
      if ('$eq' in value) {
        if (!isIndexValue(value.$eq)) return undefined;
        out.push({ path: key, values: [value.$eq] });
      }
      if ('$in' in value) {
        const list = value.$in;
        if (!Array.isArray(list) || !list.every(isIndexValue)) return undefined;
        out.push({ path: key, values: list });
      }
      if (operators.some(isRangeOperator)) {
        const range = rangeOf(value);
        if (range === undefined) return undefined;
        out.push({ path: key, range });
      }
    } else {
      return undefined;
    }
  }
  return out;
}

const isRangeOperator = (op: string): boolean => (RANGE_OPERATORS as readonly string[]).includes(op);

/** The bounds of the range operators in `condition`, when all of them are finite numbers or all strings. */
function rangeOf(condition: PlainObject): Range | undefined {
  const present = RANGE_OPERATORS.filter((op) => op in condition);
  if (present.length === 0) return undefined;
  const bounds = present.map((op) => condition[op]);
  const type = typeof bounds[0];
  if (!bounds.every((b) => isIndexValue(b) && typeof b !== 'boolean' && typeof b === type)) return undefined;
  const bound = (op: (typeof RANGE_OPERATORS)[number]): Bound | undefined =>
    op in condition ? { value: condition[op] as string | number, inclusive: op.endsWith('e') } : undefined;
  return { lower: bound('$gte') ?? bound('$gt'), upper: bound('$lte') ?? bound('$lt') };
}
