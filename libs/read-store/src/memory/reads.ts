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
  const bySlowPath = (doc: Document) =>
    new Aggregator([{ $project: projection }], {}).run([cloneDeep(doc)])[0] as Document;
  const fast = topLevelProjection(projection) ?? nestedInclusion(projection, bySlowPath);
  if (fast !== undefined) return docs.map(fast);
  return new Aggregator([{ $project: projection }], {}).run(docs.map(cloneDeep)) as Document[];
}

type PathTree = Map<string, PathTree | true>;

/**
 * An inclusion of dotted paths (`{ 'venue.city': 1, category: 1 }`) copies just those values:
 * for a document whose every named path runs through plain objects to an existing value. Any
 * other document (an array or a scalar on the way, a missing leaf) goes to `slow` (mingo), which
 * knows MongoDB's rules for those.
 */
function nestedInclusion(
  projection: Readonly<Record<string, unknown>>,
  slow: (doc: Document) => Document,
): ((doc: Document) => Document) | undefined {
  const entries = Object.entries(projection);
  if (entries.some(([field, flag]) => field.startsWith('$') || (flag !== 1 && !(field === '_id' && flag === 0))))
    return undefined;
  const tree: PathTree = new Map();
  for (const [field] of entries) {
    if (field === '_id') continue;
    const segments = field.split('.');
    if (segments.some((segment) => segment === '' || /^\d+$/.test(segment))) return undefined;
    let node = tree;
    for (let i = 0; i < segments.length; i++) {
      const existing = node.get(segments[i]);
      if (i === segments.length - 1) {
        if (existing !== undefined) return undefined; // a path and its parent or child: MongoDB refuses it
        node.set(segments[i], true);
      } else if (existing === true) return undefined;
      else if (existing === undefined) {
        const child: PathTree = new Map();
        node.set(segments[i], child);
        node = child;
      } else node = existing;
    }
  }
  const withId = projection._id !== 0;
  // At the top, a missing field or parent is left out (as MongoDB does); deeper, `slow` decides.
  const pick = (value: PlainObject, node: PathTree, top: boolean): PlainObject | undefined => {
    const out: PlainObject = {};
    let found = 0;
    for (const key in value) {
      const wanted = node.get(key);
      if (wanted === undefined) continue;
      const child = value[key];
      if (child === undefined && top) continue;
      if (wanted === true) {
        if (child === undefined) return undefined;
        out[key] = cloneDeep(child);
      } else {
        if (!isPlainObject(child)) return undefined;
        const picked = pick(child, wanted, false);
        if (picked === undefined) return undefined;
        out[key] = picked;
      }
      found++;
    }
    return top || found === node.size ? out : undefined;
  };
  return (doc) => {
    const picked = pick(doc, tree, true);
    if (picked === undefined) return slow(doc);
    return (withId ? { _id: cloneDeep(doc._id), ...picked } : picked) as Document;
  };
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
