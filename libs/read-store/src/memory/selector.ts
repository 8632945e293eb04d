/**
 * Compiles a filter into a selector. Filters on `_id` by value, `$eq` or `$in` become direct
 * Map lookups (the projection hot path); anything else left is tested natively where the filter
 * and the document allow it (see native-filter.ts), else with mingo's Query. The
 * equality/`$in` conditions are also handed on as constraints for the secondary indexes.
 */
import { Query } from 'mingo';
import type { Filter } from '../read-store.port';
import { compileNative } from './native-filter';
import { indexConstraints, type Constraint } from './secondary-index';
import { isPlainObject, type PlainObject } from './values';

export type Selector = Readonly<{
  /** The only `_id` values that can match, or undefined when the whole collection is scanned. */
  ids?: readonly unknown[];
  /** The remaining condition, or undefined when every candidate matches. */
  test?: (doc: PlainObject) => boolean;
  /** Conditions a secondary index may narrow the scan with (the test still checks everything). */
  constraints?: readonly Constraint[];
}>;

const isLookupValue = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function idLookup(condition: unknown): readonly unknown[] | undefined {
  if (isLookupValue(condition)) return [condition];
  if (!isPlainObject(condition)) return undefined;
  const keys = Object.keys(condition);
  if (keys.length !== 1) return undefined;
  if (keys[0] === '$eq' && isLookupValue(condition.$eq)) return [condition.$eq];
  const list = condition.$in;
  if (keys[0] === '$in' && Array.isArray(list) && list.every(isLookupValue)) return [...new Set(list)];
  return undefined;
}

export function compileFilter(filter: Filter | undefined): Selector {
  if (filter === undefined) return {};
  let rest: Filter = filter;
  let ids: readonly unknown[] | undefined;
  if (Object.prototype.hasOwnProperty.call(filter, '_id')) {
    ids = idLookup(filter._id);
    if (ids !== undefined) {
      const { _id: _ignored, ...others } = filter;
      rest = others;
    }
  }
  if (Object.keys(rest).length === 0) return { ids };
  const query = new Query(rest, {});
  const native = compileNative(rest);
  const constraints = indexConstraints(rest);
  const test =
    native === undefined ? (doc: PlainObject) => query.test(doc) : (doc: PlainObject) => native(doc) ?? query.test(doc);
  return { ids, test, ...(constraints.length > 0 ? { constraints } : {}) };
}

/**
 * The fields an upsert copies from its filter into the new document: plain equalities and
 * `$eq`, also inside `$and`, dotted paths becoming nested fields (MongoDB's rule).
 */
export function equalityFields(filter: Filter, out: [string, unknown][] = []): [string, unknown][] {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) if (isPlainObject(clause)) equalityFields(clause, out);
    } else if (key.startsWith('$') || value instanceof RegExp) {
      continue;
    } else if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      if ('$eq' in value) out.push([key, value.$eq]);
    } else {
      out.push([key, value]);
    }
  }
  return out;
}
