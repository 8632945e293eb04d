/**
 * MongoDB update operators applied in place to a private copy of a document. The common
 * operators run natively (mingo's updater costs ~50µs per call, far too slow for a projection
 * rebuild); positional paths, $push modifiers and the rarer operators go through mingo.
 */
import { Query, update as mingoUpdate } from 'mingo';
import type { Filter, Update } from '../read-store.port';
import { getPath, hasPath, setPath, unsetPath } from './paths';
import { cloneDeep, compareValues, deepEqual, isPlainObject, type PlainObject } from './values';

export type UpdateContext = Readonly<{ insert: boolean; filter: Filter }>;
type MingoModifier = Parameters<typeof mingoUpdate>[1];

const NATIVE = new Set([
  '$set',
  '$setOnInsert',
  '$unset',
  '$inc',
  '$mul',
  '$max',
  '$min',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
]);

/** Applies `update` to `doc` in place and tells whether anything changed. */
export function applyUpdate(doc: PlainObject, update: Update, context: UpdateContext): boolean {
  const entries = Object.entries(update);
  if (entries.length === 0 || entries.some(([op]) => !op.startsWith('$'))) {
    throw new Error('Update document requires atomic operators');
  }
  for (const [op, spec] of entries) {
    if (!isPlainObject(spec)) throw new Error(`Modifiers operate on fields but ${op} got ${JSON.stringify(spec)}`);
  }
  if (needsMingo(entries as [string, PlainObject][])) return applyWithMingo(doc, update, context);
  let modified = false;
  for (const [op, spec] of entries as [string, PlainObject][]) {
    if (op === '$setOnInsert' && !context.insert) continue;
    for (const path in spec) if (applyOperator(doc, op, path, spec[path])) modified = true;
  }
  return modified;
}

function needsMingo(entries: readonly [string, PlainObject][]): boolean {
  return entries.some(
    ([op, spec]) =>
      !NATIVE.has(op) ||
      Object.keys(spec).some((path) => path.includes('$')) ||
      (op === '$push' &&
        Object.values(spec).some(
          (arg) => isPlainObject(arg) && Object.keys(arg).some((k) => k !== '$each' && k.startsWith('$')),
        )),
  );
}

function applyWithMingo(doc: PlainObject, update: Update, context: UpdateContext): boolean {
  const { $setOnInsert, ...rest } = update;
  let modified = false;
  if (context.insert && isPlainObject($setOnInsert)) {
    for (const path in $setOnInsert) if (applyOperator(doc, '$set', path, $setOnInsert[path])) modified = true;
  }
  if (Object.keys(rest).length > 0) {
    const condition = context.insert ? undefined : context.filter;
    const fields = mingoUpdate(doc, rest as MingoModifier, undefined, condition, { cloneMode: 'deep' });
    if (fields.length > 0) modified = true;
  }
  return modified;
}

function applyOperator(doc: PlainObject, op: string, path: string, arg: unknown): boolean {
  if (path === '_id' && op !== '$set' && op !== '$setOnInsert') throw immutableId();
  switch (op) {
    case '$set':
    case '$setOnInsert':
      return assign(doc, path, arg);
    case '$unset':
      return unsetPath(doc, path);
    case '$inc':
    case '$mul':
      return arithmetic(doc, op, path, arg);
    case '$max':
    case '$min': {
      if (!hasPath(doc, path)) return assign(doc, path, arg);
      const c = compareValues(arg, getPath(doc, path));
      return (op === '$max' ? c > 0 : c < 0) && assign(doc, path, arg);
    }
    case '$push':
    case '$addToSet':
      return addToArray(doc, op, path, arg);
    case '$pull':
    case '$pullAll':
      return removeFromArray(doc, op, path, arg);
    default:
      throw new Error(`Unknown update operator: ${op}`);
  }
}

function assign(doc: PlainObject, path: string, value: unknown): boolean {
  if (hasPath(doc, path) && deepEqual(getPath(doc, path), value)) return false;
  setPath(doc, path, cloneDeep(value));
  return true;
}

function arithmetic(doc: PlainObject, op: '$inc' | '$mul', path: string, arg: unknown): boolean {
  if (typeof arg !== 'number')
    throw new Error(`Cannot ${op} with non-numeric argument: {${path}: ${JSON.stringify(arg)}}`);
  if (!hasPath(doc, path)) return assign(doc, path, op === '$inc' ? arg : 0);
  const current = getPath(doc, path);
  if (typeof current !== 'number') throw new Error(`Cannot apply ${op} to a value of non-numeric type at '${path}'`);
  const next = op === '$inc' ? current + arg : current * arg;
  if (next === current) return false;
  setPath(doc, path, next);
  return true;
}

function arrayAt(doc: PlainObject, op: string, path: string): unknown[] {
  const current = getPath(doc, path);
  if (!Array.isArray(current)) throw new Error(`${op}: the field '${path}' must be an array`);
  return current;
}

function addToArray(doc: PlainObject, op: '$push' | '$addToSet', path: string, arg: unknown): boolean {
  const each = isPlainObject(arg) && '$each' in arg;
  const items = each ? arg.$each : [arg];
  if (!Array.isArray(items)) throw new Error(`${op}: $each requires an array`);
  let modified = false;
  if (!hasPath(doc, path)) {
    setPath(doc, path, []);
    modified = true;
  }
  const target = arrayAt(doc, op, path);
  for (const item of items) {
    if (op === '$addToSet' && target.some((existing) => deepEqual(existing, item))) continue;
    target.push(cloneDeep(item));
    modified = true;
  }
  return modified;
}

function removeFromArray(doc: PlainObject, op: '$pull' | '$pullAll', path: string, arg: unknown): boolean {
  if (!hasPath(doc, path)) return false;
  const target = arrayAt(doc, op, path);
  let matches: (element: unknown) => boolean;
  if (op === '$pullAll') {
    if (!Array.isArray(arg)) throw new Error('$pullAll requires an array argument');
    matches = (element) => arg.some((value) => deepEqual(element, value));
  } else {
    matches = pullCondition(arg);
  }
  const before = target.length;
  let kept = 0;
  for (let i = 0; i < before; i++) if (!matches(target[i])) target[kept++] = target[i];
  target.length = kept;
  return kept !== before;
}

/** $pull's argument is a query: on the element itself ({$gte: 3}) or on element documents ({sku: 'a'}). */
function pullCondition(arg: unknown): (element: unknown) => boolean {
  if (arg instanceof RegExp) return (element) => typeof element === 'string' && arg.test(element);
  if (!isPlainObject(arg) || Object.keys(arg).length === 0) return (element) => deepEqual(element, arg);
  if (Object.keys(arg).every((key) => key.startsWith('$'))) {
    const query = new Query({ v: arg }, {});
    return (element) => query.test({ v: element });
  }
  const query = new Query(arg, {});
  return (element) => isPlainObject(element) && query.test(element);
}

export function immutableId(): Error {
  return new Error("Performing an update on the path '_id' would modify the immutable field '_id'");
}
