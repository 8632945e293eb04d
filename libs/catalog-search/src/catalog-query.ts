import type { Filter, Sort } from '@booking/read-store';
import { cityKey, type GeoPoint } from './catalog-document';
import { fuzzyKeys, MIN_FUZZY_WORD, words } from './text';

/** Who is asking: the public (published events only), an organizer (also their own events in any state), or an admin. */
export type CatalogVisibility = 'public' | { organizerId: string } | 'all';
export type CatalogSort = 'date' | 'popularity' | 'price';

export type CatalogQuery = {
  /** Words; each must match a word of the title, description, venue, city or tags (prefix, or ≤ 1 typo from 5 chars). */
  q?: string;
  category?: string;
  /** Any of these tags. */
  tags?: string[];
  /** Half-open range [from, to) on `startsAt` (ISO instants). Without `from`: events not over yet at `now`. */
  from?: string;
  to?: string;
  city?: string;
  near?: GeoPoint & { radiusKm: number };
  /** Range on the cheapest ticket (`priceMin`, minor units), both ends inclusive. */
  priceMin?: number;
  priceMax?: number;
  /** Only events with free seats. */
  available?: boolean;
  sort?: CatalogSort;
  /** 0 returns no items (e.g. facets only). */
  limit: number;
  offset: number;
  visibility: CatalogVisibility;
  /** Compute facet counts (extra queries; off by default). */
  facets?: boolean;
};

export type FacetName = 'category' | 'tags' | 'city' | 'price';

/**
 * The filter of a query in two parts: what every count shares, and the facet-able refinements
 * (each facet is counted without its own).
 */
export type CatalogFilter = {
  base: Filter[];
  refinements: Partial<Record<FacetName, Filter>>;
};

/** Most query words used; more rarely narrow anything and each one costs a condition. */
export const MAX_QUERY_WORDS = 8;

export function catalogFilter(query: CatalogQuery, now: Date): CatalogFilter {
  const base: Filter[] = [visibilityFilter(query.visibility)];
  if (query.from !== undefined) base.push({ startsAt: { $gte: instant(query.from, 'from') } });
  else {
    const at = now.toISOString();
    base.push({ listedUntil: { $gte: at } });
  }
  if (query.to !== undefined) base.push({ startsAt: { $lt: instant(query.to, 'to') } });
  base.push(...textFilter(query.q ?? ''));
  if (query.available === true) base.push({ free: { $gt: 0 } });

  const refinements: CatalogFilter['refinements'] = {};
  const { category, tags, priceMin, priceMax } = query;
  if (category !== undefined) {
    refinements.category = { category };
  }
  if (tags !== undefined && tags.length > 0) {
    refinements.tags = { tags: { $in: tags } };
  }
  const city = query.city === undefined ? '' : cityKey(query.city);
  if (city !== '') {
    refinements.city = { cityKey: city };
  }
  if (priceMin !== undefined || priceMax !== undefined) {
    const max = priceMax ?? Number.MAX_SAFE_INTEGER;
    refinements.price = { priceMin: { ...(priceMin === undefined ? {} : { $gte: priceMin }), $lte: max } };
  }
  return { base, refinements };
}

export function visibilityFilter(visibility: CatalogVisibility): Filter {
  if (visibility === 'all') return {};
  if (visibility === 'public') return { status: 'published' };
  return { $or: [{ status: 'published' }, { organizerId: visibility.organizerId }] };
}

/** One condition per distinct query word (words of one character are ignored). */
export function textFilter(q: string): Filter[] {
  const distinct = [...new Set(words(q).filter((word) => word.length > 1))].slice(0, MAX_QUERY_WORDS);
  return distinct.map((word) =>
    word.length < MIN_FUZZY_WORD
      ? { searchTerms: { $in: [word] } }
      : { $or: [{ searchTerms: { $in: [word] } }, { fuzzyTerms: { $in: fuzzyKeys(word) } }] },
  );
}

export function catalogSort(sort: CatalogSort = 'date'): Sort {
  if (sort === 'popularity') return { popularity: -1, startsAt: 1, _id: 1 };
  if (sort === 'price') return { priceMin: 1, startsAt: 1, _id: 1 };
  return { startsAt: 1, _id: 1 };
}

/**
 * The conjunction of several conditions as one filter object: keys are merged at the top level
 * while they do not collide (so `_id` stays where the stores' id lookups see it), the rest go
 * to `$and`.
 */
export function and(conditions: readonly Filter[]): Filter {
  const out: Filter = {};
  const rest: Filter[] = [];
  for (const condition of conditions) {
    for (const [key, value] of Object.entries(condition)) {
      if (key === '$and' && Array.isArray(value)) rest.push(...(value as Filter[]));
      else if (key in out) rest.push({ [key]: value });
      else out[key] = value;
    }
  }
  if (rest.length > 0) out.$and = rest;
  return out;
}

function instant(value: string, name: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`${name} is not a date: ${value}`);
  return new Date(time).toISOString();
}
