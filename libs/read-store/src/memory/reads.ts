/**
 * find and aggregate over one collection's stored documents. Both hand out copies only, and
 * mingo only ever sees copies where it might modify its input ($project, $addFields, $set).
 */
import { Aggregator } from 'mingo';
import type { Document, Filter, FindOptions } from '../read-store.port';
import type { CollectionState } from './collection-state';
import { compileFilter } from './selector';
import { cloneDeep, isPlainObject, type PlainObject } from './values';

type Stage = Record<string, unknown>;

export function findIn(
  state: CollectionState | undefined,
  filter: Filter | undefined,
  options: FindOptions,
): Document[] {
  if (state === undefined) return [];
  const { sort, projection } = options;
  const skip = options.skip ?? 0;
  const limit = options.limit ?? 0;
  const sorted = sort !== undefined && Object.keys(sort).length > 0;
  const selector = compileFilter(filter);
  let docs: Document[] | undefined;
  if (sorted && limit > 0) {
    // A sort with a limit can walk the index of its first key and stop after skip + limit.
    const sortGroup = (group: Document[]) => new Aggregator([{ $sort: sort }], {}).run(group) as Document[];
    docs = state.selectSorted(selector, sort, skip + limit, sortGroup)?.slice(skip);
  }
  if (docs === undefined) {
    // Without a sort, the scan can stop as soon as it has skip + limit documents.
    const max = sorted || limit === 0 ? Infinity : skip + limit;
    docs = [...state.select(selector, max)];
    if (sorted) {
      const stages: Stage[] = [{ $sort: sort }];
      if (skip > 0) stages.push({ $skip: skip });
      if (limit > 0) stages.push({ $limit: limit });
      docs = new Aggregator(stages, {}).run(docs) as Document[];
    } else if (skip > 0) {
      docs = docs.slice(skip);
    }
  }
  if (projection === undefined || Object.keys(projection).length === 0) return docs.map(cloneDeep);
  const topLevel = topLevelProjection(projection);
  if (topLevel !== undefined) return docs.map(topLevel);
  return new Aggregator([{ $project: projection }], {}).run(docs.map(cloneDeep)) as Document[];
}

/**
 * A projection on top-level fields only (`{ a: 1, b: 1 }` or `{ a: 0, b: 0 }`, `_id` either way)
 * copies just the fields it keeps, instead of copying whole documents and then dropping fields.
 */
function topLevelProjection(projection: Readonly<Record<string, unknown>>): ((doc: Document) => Document) | undefined {
  const entries = Object.entries(projection);
  if (entries.some(([field, flag]) => field.includes('.') || field.startsWith('$') || (flag !== 0 && flag !== 1)))
    return undefined;
  const fields = entries.filter(([field]) => field !== '_id');
  const include = fields.length > 0 ? fields[0][1] === 1 : projection._id === 1;
  if (fields.some(([, flag]) => (flag === 1) !== include)) return undefined;
  const named = new Set(fields.map(([field]) => field));
  const withId = projection._id !== 0;
  if (include) {
    // Fields come out in the document's order, as MongoDB returns them.
    return (doc) => {
      const out: Record<string, unknown> = {};
      for (const field in doc) {
        if (field === '_id' ? !withId : !named.has(field)) continue;
        if (doc[field] !== undefined) out[field] = cloneDeep(doc[field]);
      }
      return out as Document;
    };
  }
  return (doc) => {
    const out: Record<string, unknown> = {};
    for (const field in doc) {
      if (named.has(field) || (field === '_id' && !withId)) continue;
      out[field] = cloneDeep(doc[field]);
    }
    return out as Document;
  };
}

export function aggregateIn(
  state: CollectionState | undefined,
  pipeline: readonly Stage[],
  resolve: (collection: string) => PlainObject[],
): unknown[] {
  let stages = pipeline;
  let source: Iterable<Document> = state?.docs.values() ?? [];
  const first = pipeline[0];
  // A leading $match uses the _id fast path and spares copying what it would drop.
  if (state !== undefined && first !== undefined && isPlainObject(first.$match) && Object.keys(first).length === 1) {
    source = state.select(compileFilter(first.$match));
    stages = pipeline.slice(1);
  }
  const input = Array.from(source, cloneDeep);
  return new Aggregator([...stages], { collectionResolver: resolve }).run(input);
}
