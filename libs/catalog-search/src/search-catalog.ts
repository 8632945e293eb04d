import type { CountedValue, Filter, ReadCollection } from '@booking/read-store';
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
 * `$in` on arrays, sort/skip/limit, projections and countDocuments.
 */
export async function searchCatalog(
  collection: ReadCollection<CatalogDocument>,
  query: CatalogQuery,
  now: Date,
): Promise<CatalogSearchResult> {
  const { base, refinements } = catalogFilter(query, now);
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
    // The facet counts give the total too; without facets, the store counts.
    query.facets === true
      ? facetCounts(collection, { base, refinements })
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

/** The field each facet counts (the city facet shows the venue's own spelling; the refinement matches `cityKey`). */
const FACET_PATHS: Readonly<Record<FacetName, string>> = {
  category: 'category',
  tags: 'tags',
  city: 'venue.city',
  price: 'priceMin',
};
const FACETS = Object.keys(FACET_PATHS) as FacetName[];

/**
 * Disjunctive facets: each facet counts over every condition except its own refinement, so the
 * other values of a refined facet keep their counts. The store counts values (`countValues`):
 * one call over every condition gives the total and the facets nobody refined, one more per
 * refined facet without its own refinement. The embedded store answers from its index sets
 * where the indexes decide the conditions (the whole catalog: status and "not over yet"),
 * MongoDB/FerretDB from one read of the facet fields.
 */
async function facetCounts(
  collection: ReadCollection<CatalogDocument>,
  { base, refinements }: CatalogFilter,
): Promise<{ facets: CatalogFacets; total: number }> {
  const refined = FACETS.filter((facet) => refinements[facet] !== undefined);
  const without = (facet?: FacetName) =>
    and([...base, ...refined.filter((other) => other !== facet).map((other) => refinements[other]!)]);
  const [all, ...own] = await Promise.all([
    collection.countValues(
      without(),
      FACETS.filter((facet) => !refined.includes(facet)).map((facet) => FACET_PATHS[facet]),
    ),
    ...refined.map((facet) => collection.countValues(without(facet), [FACET_PATHS[facet]])),
  ]);
  const counts = (facet: FacetName): ReadonlyMap<CountedValue, number> => {
    const at = refined.indexOf(facet);
    return (at < 0 ? all : own[at]).values[FACET_PATHS[facet]] ?? new Map();
  };
  const ranked = (facet: FacetName) =>
    [...counts(facet)]
      .filter((entry): entry is [string, number] => typeof entry[0] === 'string' && entry[0] !== '')
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const price = PRICE_RANGES.map(() => 0);
  for (const [value, count] of counts('price')) {
    if (typeof value !== 'number') continue;
    const at = PRICE_RANGES.findIndex((range) => value >= range.min && (range.max === undefined || value < range.max));
    if (at >= 0) price[at] += count;
  }
  return {
    total: all.total,
    facets: {
      category: ranked('category'),
      tags: ranked('tags').slice(0, MAX_FACET_VALUES),
      city: ranked('city').slice(0, MAX_FACET_VALUES),
      price: PRICE_RANGES.map((range, i) => ({ range, count: price[i] })),
    },
  };
}

const noFacets = (): CatalogFacets => ({ category: [], tags: [], city: [], price: [] });
