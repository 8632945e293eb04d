import type { Filter, ReadCollection } from '@booking/read-store';
import type { CatalogDocument, SearchFields } from './catalog-document';
import {
  and,
  catalogFilter,
  catalogSort,
  type CatalogFilter,
  type CatalogQuery,
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

/**
 * Searches the catalog read model. Written once against the read store port with what both the
 * embedded store and MongoDB/FerretDB v1 support: equality and range filters on indexed fields,
 * `$in` on arrays, sort/skip/limit, countDocuments, and `$match/$unwind/$group` with one `$sum`.
 */
export async function searchCatalog(
  collection: ReadCollection<CatalogDocument>,
  query: CatalogQuery,
  now: Date,
): Promise<CatalogSearchResult> {
  const { base, refinements } = catalogFilter(query, now);
  if (query.near !== undefined) base.push(await withinRadius(collection, base, query.near));
  const filter = and([...base, ...Object.values(refinements)]);
  const [items, total, facets] = await Promise.all([
    query.limit > 0
      ? collection.find(filter, {
          sort: catalogSort(query.sort),
          skip: query.offset,
          limit: query.limit,
          projection: WITHOUT_SEARCH_FIELDS,
        })
      : [],
    collection.countDocuments(filter),
    query.facets === true ? facetCounts(collection, { base, refinements }) : noFacets(),
  ]);
  return { items: items as CatalogItem[], total, facets };
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
    projection: { 'venue.location': 1 },
  });
  const ids = candidates
    .filter((doc) => doc.venue?.location !== undefined && haversineKm(near, doc.venue.location) <= near.radiusKm)
    .map((doc) => doc._id);
  return { _id: { $in: ids } };
}

/**
 * Disjunctive facets: each facet counts over every condition except its own refinement, so the
 * other values of a refined facet keep their counts. One aggregate per facet, each with a
 * single-accumulator `$group` (FerretDB v1 computes only the first accumulator); the price
 * facet is one countDocuments per range (no `$bucket` there).
 */
async function facetCounts(
  collection: ReadCollection<CatalogDocument>,
  { base, refinements }: CatalogFilter,
): Promise<CatalogFacets> {
  const except = (facet: FacetName) =>
    and([...base, ...Object.entries(refinements).flatMap(([name, condition]) => (name === facet ? [] : [condition]))]);
  const group = async (facet: FacetName, field: string, unwind: boolean) => {
    const rows = await collection.aggregate<{ _id: unknown; count: number }>([
      { $match: except(facet) },
      ...(unwind ? [{ $unwind: `$${field}` }] : []),
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    ]);
    return rows
      .filter((row): row is { _id: string; count: number } => typeof row._id === 'string' && row._id !== '')
      .map((row) => ({ value: row._id, count: row.count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  };
  const priceBase = except('price');
  const [category, tags, city, price] = await Promise.all([
    group('category', 'category', false),
    group('tags', 'tags', true),
    group('city', 'venue.city', false),
    Promise.all(
      PRICE_RANGES.map(async (range) => ({
        range,
        count: await collection.countDocuments(
          and([
            priceBase,
            { priceMin: range.max === undefined ? { $gte: range.min } : { $gte: range.min, $lt: range.max } },
          ]),
        ),
      })),
    ),
  ]);
  return { category, tags: tags.slice(0, MAX_FACET_VALUES), city: city.slice(0, MAX_FACET_VALUES), price };
}

const noFacets = (): CatalogFacets => ({ category: [], tags: [], city: [], price: [] });
