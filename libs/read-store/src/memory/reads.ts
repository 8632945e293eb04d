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
  // Without a sort, the scan can stop as soon as it has skip + limit documents.
  const max = sorted || limit === 0 ? Infinity : skip + limit;
  let docs: Document[] = [...state.select(compileFilter(filter), max)];
  if (sorted) {
    const stages: Stage[] = [{ $sort: sort }];
    if (skip > 0) stages.push({ $skip: skip });
    if (limit > 0) stages.push({ $limit: limit });
    docs = new Aggregator(stages, {}).run(docs) as Document[];
  } else if (skip > 0) {
    docs = docs.slice(skip);
  }
  const copies = docs.map(cloneDeep);
  if (projection === undefined || Object.keys(projection).length === 0) return copies;
  return new Aggregator([{ $project: projection }], {}).run(copies) as Document[];
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
