/**
 * Secondary (non-unique, multikey) indexes of the in-memory adapter and the filter analysis that
 * uses them. An index never decides a match: it only narrows the candidates, and the full
 * predicate still runs over every candidate, so results are those of a scan. Every document that
 * the predicate could match is therefore always among the candidates of its index keys.
 */
import type { Filter } from '../read-store.port';
import { getPath } from './paths';
import { compareValues, isPlainObject, type PlainObject } from './values';
import { type Constraint, type IndexValue, type Lookup, PathIndex, type Range, isIndexValue } from './path-index';
import type { Bound } from './sorted-keys';

export type { Constraint, IndexValue, Range } from './path-index';

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
