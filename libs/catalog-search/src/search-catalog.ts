import type { Filter, ReadCollection } from '@booking/read-store';
import type { CatalogDocument, SearchFields } from './catalog-document';
import {
  and,
  catalogFilter,
  catalogSort,
  type CatalogFilter,
  type CatalogQuery,
  type FacetFields,
  type FacetName,
} from './catalog-query';
import { boundingBoxFilter, haversineKm } from './geo';

/** A catalog document as search returns it: without the derived search arrays. */
export type CatalogItem = Omit<CatalogDocument, keyof SearchFields>;
export type FacetCount = { value: string; count: number };
/** A price range on the cheapest ticket, in minor units: `min` inclusive, `max` exclusive (open when absent). */
export type PriceRange = { min: number; max?: number };
export type CatalogFacets = {
  category: FacetCount[];
  tags: FacetCount[];
  city: FacetCount[];
  price: { range: PriceRange; count: number }[];
};
export type CatalogSearchResult = { items: CatalogItem[]; total: number; facets: CatalogFacets };

/** The price facet's buckets: free, under 20, 20–50, 50–100, 100 and more (in minor units). */
export const PRICE_RANGES: readonly PriceRange[] = [
  { min: 0, max: 1 },
  { min: 1, max: 2000 },
  { min: 2000, max: 5000 },
  { min: 5000, max: 10000 },
  { min: 10000 },
];
/** Most values listed for the tags and city facets (the most frequent ones). */
export const MAX_FACET_VALUES = 30;

const WITHOUT_SEARCH_FIELDS = { searchTerms: 0, fuzzyTerms: 0 } as const;
/** What the facet pass reads of each document (the venue's city alone: copying whole venues cost half the pass). */
const FACET_FIELDS = { category: 1, tags: 1, 'venue.city': 1, cityKey: 1, priceMin: 1 } as const;

/**
 * Searches the catalog read model. Written once against the read store port with what both the
 * embedded store and MongoDB/FerretDB v1 support: equality and range filters on indexed fields,
 * `$in` on arrays, sort/skip/limit, projections and countDocuments.
 */
export async function searchCatalog(
  collection: ReadCollection<CatalogDocument>,
  query: CatalogQuery,
  now: Date,
): Promise<CatalogSearchResult> {
  const { base, refinements, holds } = catalogFilter(query, now);
  if (query.near !== undefined) base.push(await withinRadius(collection, base, query.near));
  const filter = and([...base, ...Object.values(refinements)]);
  const [items, counted] = await Promise.all([
    query.limit > 0
      ? collection.find(filter, {
          sort: catalogSort(query.sort),
          skip: query.offset,
          limit: query.limit,
          projection: WITHOUT_SEARCH_FIELDS,
        })
      : [],
    // The facet pass counts the total too; without facets, the store counts.
    query.facets === true
      ? facetCounts(collection, { base, refinements, holds })
      : collection.countDocuments(filter).then((total) => ({ total, facets: noFacets() })),
  ]);
  return { items: items as CatalogItem[], ...counted };
}

/**
 * The exact circle as an `_id` list: candidates come from the bounding box (an index range on
 * MongoDB), the great-circle distance is checked here. Counting, sorting and paging then stay
 * with the store, so `total` and pages are exact. ($geoNear/$geoWithin are not in FerretDB v1.)
 */
async function withinRadius(
  collection: ReadCollection<CatalogDocument>,
  base: readonly Filter[],
  near: NonNullable<CatalogQuery['near']>,
): Promise<Filter> {
  const candidates = await collection.find(and([...base, boundingBoxFilter(near, near.radiusKm)]), {
    projection: { venue: 1 },
  });
  const ids = candidates
    .filter((doc) => doc.venue?.location !== undefined && haversineKm(near, doc.venue.location) <= near.radiusKm)
    .map((doc) => doc._id);
  return { _id: { $in: ids } };
}

/**
 * Disjunctive facets: each facet counts over every condition except its own refinement, so the
 * other values of a refined facet keep their counts. One read of the documents matching the
 * shared conditions (only the fields facets need), then one pass in code: a document that meets
 * every refinement counts in every facet, one that misses exactly one counts in that facet only.
 * The same pass yields the total. (One read instead of one aggregate or count per facet; works
 * the same on every store, FerretDB v1 included.)
 */
async function facetCounts(
  collection: ReadCollection<CatalogDocument>,
  { base, holds }: CatalogFilter,
): Promise<{ facets: CatalogFacets; total: number }> {
  const docs = (await collection.find(and(base), { projection: FACET_FIELDS })) as FacetFields[];
  const checks = Object.entries(holds) as [FacetName, (doc: FacetFields) => boolean][];
  const tally = {
    category: new Map<string, number>(),
    tags: new Map<string, number>(),
    city: new Map<string, number>(),
  };
  const price = PRICE_RANGES.map(() => 0);
  const add = (counts: Map<string, number>, value: unknown) => {
    if (typeof value === 'string' && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  let total = 0;
  for (const doc of docs) {
    let missed: FacetName | undefined;
    let misses = 0;
    for (const [facet, meets] of checks) {
      if (meets(doc)) continue;
      missed = facet;
      if (++misses > 1) break;
    }
    if (misses > 1) continue;
    if (misses === 0) total++;
    const counts = (facet: FacetName) => misses === 0 || missed === facet;
    if (counts('category')) add(tally.category, doc.category);
    if (counts('tags')) for (const tag of Array.isArray(doc.tags) ? doc.tags : [doc.tags]) add(tally.tags, tag);
    if (counts('city')) add(tally.city, doc.venue?.city);
    if (counts('price') && typeof doc.priceMin === 'number') {
      const at = PRICE_RANGES.findIndex(
        (range) => doc.priceMin! >= range.min && (range.max === undefined || doc.priceMin! < range.max),
      );
      if (at >= 0) price[at]++;
    }
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return {
    total,
    facets: {
      category: ranked(tally.category),
      tags: ranked(tally.tags).slice(0, MAX_FACET_VALUES),
      city: ranked(tally.city).slice(0, MAX_FACET_VALUES),
      price: PRICE_RANGES.map((range, i) => ({ range, count: price[i] })),
    },
  };
}

const noFacets = (): CatalogFacets => ({ category: [], tags: [], city: [], price: [] });
