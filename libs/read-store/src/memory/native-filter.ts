/**
 * A fast matcher for the common subset of filters: equality, `$eq $ne $in $nin` on scalars,
 * `$gt $gte $lt $lte` with number or string bounds, top-level `$exists`, and `$and`/`$or` of
 * those. It answers mingo's way for documents whose path holds a scalar, null, nothing, or an
 * array of scalars with no array on the way; for anything else it answers `undefined` and the
 * caller asks mingo. Filters outside the subset compile to nothing (mingo does all of it).
 */
import { isPlainObject, type PlainObject } from './values';

/** true / false, or undefined: "ask mingo for this document". */
export type NativeTest = (doc: PlainObject) => boolean | undefined;

type Scalar = string | number | boolean | null;
const COMPLEX = Symbol('complex');
type Resolved = unknown; // undefined (missing), a Scalar, a Scalar[], or COMPLEX

const isScalar = (value: unknown): value is Scalar =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && !Number.isNaN(value));

function resolver(path: string): (doc: PlainObject) => Resolved {
  const segments = path.split('.');
  const leaf = (value: unknown): Resolved => {
    if (value === undefined || isScalar(value)) return value;
    if (Array.isArray(value)) return value.every(isScalar) ? value : COMPLEX;
    return COMPLEX;
  };
  if (segments.length === 1)
    return (doc) => leaf(Object.prototype.hasOwnProperty.call(doc, path) ? doc[path] : undefined);
  return (doc) => {
    let value: unknown = doc;
    for (const segment of segments) {
      if (Array.isArray(value)) return COMPLEX;
      if (value === null || typeof value !== 'object') return undefined;
      if (!isPlainObject(value)) return COMPLEX;
      value = Object.prototype.hasOwnProperty.call(value, segment) ? value[segment] : undefined;
    }
    return leaf(value);
  };
}

const equals = (value: Resolved, expected: Scalar): boolean => {
  if (expected === null) return value === undefined || value === null || (Array.isArray(value) && value.includes(null));
  if (Array.isArray(value)) return value.includes(expected);
  return value === expected;
};

const within = (value: Resolved, list: ReadonlySet<Scalar>): boolean => {
  if (value === undefined || value === null) return list.has(null);
  if (Array.isArray(value)) return value.some((v) => list.has(v as Scalar));
  return list.has(value as Scalar);
};

type Comparison = (value: string | number, bound: string | number) => boolean;
const COMPARISONS: Record<string, Comparison> = {
  $gt: (a, b) => a > b,
  $gte: (a, b) => a >= b,
  $lt: (a, b) => a < b,
  $lte: (a, b) => a <= b,
};

function operator(path: string, op: string, operand: unknown): ((value: Resolved) => boolean) | undefined {
  switch (op) {
    case '$eq':
      return isScalar(operand) ? (value) => equals(value, operand) : undefined;
    case '$ne':
      return isScalar(operand) ? (value) => !equals(value, operand) : undefined;
    case '$in':
    case '$nin': {
      if (!Array.isArray(operand) || !operand.every(isScalar)) return undefined;
      const list = new Set<Scalar>(operand.map((v) => (v === 0 ? 0 : v))); // -0 and 0 are equal
      return op === '$in' ? (value) => within(value, list) : (value) => !within(value, list);
    }
    case '$exists':
      // Only at the top level; mingo resolves nested paths through arrays its own way.
      if (path.includes('.') || typeof operand !== 'boolean') return undefined;
      return (value) => (value !== undefined) === operand;
    default: {
      const compare = COMPARISONS[op];
      const type = typeof operand;
      if (compare === undefined || !((type === 'number' && !Number.isNaN(operand)) || type === 'string'))
        return undefined;
      const bound = operand as string | number;
      return (value) =>
        Array.isArray(value)
          ? value.some((v) => typeof v === type && compare(v as string | number, bound))
          : typeof value === type && compare(value as string | number, bound);
    }
  }
}

function field(path: string, condition: unknown): NativeTest | undefined {
  if (path.startsWith('$') || path.length === 0 || path.split('.').some((s) => s === '' || /^\d+$/.test(s)))
    return undefined;
  let checks: ((value: Resolved) => boolean)[];
  if (isScalar(condition)) checks = [(value) => equals(value, condition)];
  else if (isPlainObject(condition) && Object.keys(condition).length > 0) {
    checks = [];
    for (const [op, operand] of Object.entries(condition)) {
      const check = operator(path, op, operand);
      if (check === undefined) return undefined;
      checks.push(check);
    }
  } else return undefined;
  const resolve = resolver(path);
  return (doc) => {
    const value = resolve(doc);
    if (value === COMPLEX) return undefined;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function all(tests: readonly NativeTest[]): NativeTest {
  return (doc) => {
    let unknown = false;
    for (const test of tests) {
      const result = test(doc);
      if (result === false) return false;
      if (result === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  };
}

function any(tests: readonly NativeTest[]): NativeTest {
  return (doc) => {
    let unknown = false;
    for (const test of tests) {
      const result = test(doc);
      if (result === true) return true;
      if (result === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
}

/** The native test of a filter, or undefined when some part of it is outside the subset. */
export function compileNative(filter: PlainObject): NativeTest | undefined {
  const tests: NativeTest[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0 || !value.every(isPlainObject)) return undefined;
      const branches: NativeTest[] = [];
      for (const clause of value) {
        const test = compileNative(clause);
        if (test === undefined) return undefined;
        branches.push(test);
      }
      tests.push(key === '$and' ? all(branches) : any(branches));
    } else {
      const test = field(key, value);
      if (test === undefined) return undefined;
      tests.push(test);
    }
  }
  return all(tests);
}
