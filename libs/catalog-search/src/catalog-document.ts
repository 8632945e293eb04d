import { fuzzyTermsOf, prefixes, words } from './text';

export type CatalogStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'cancelled' | 'completed';
export type GeoPoint = { lat: number; lng: number };

/** One event in the catalog read model: what search, filters, sorts and facets run over. */
export type CatalogDocument = {
  _id: string;
  _position: number;
  title: string;
  description: string;
  category: string;
  tags: string[];
  /** ISO UTC instants; `timeZone` is the venue's IANA zone, for display. */
  startsAt: string;
  endsAt?: string;
  timeZone: string;
  venue: { name: string; city: string; country: string; location?: GeoPoint };
  status: CatalogStatus;
  organizerId: string;
  /** Integer minor units of `currency`. */
  currency: string;
  priceMin?: number;
  priceMax?: number;
  capacity: number;
  held: number;
  sold: number;
  free: number;
  /** e.g. sold + held; maintained by the projection. */
  popularity: number;
  createdAt: string;
  publishedAt?: string;
} & SearchFields;

/** The fields derived by `searchFields()`; the projection stores them with the document. */
export type SearchFields = {
  /** Folded words of title, description, venue name, city and tags, plus their prefixes (≥ 2 chars). */
  searchTerms: string[];
  /** Folded words of ≥ 4 chars and the one-deletion variants of words of ≥ 5 chars (typo tolerance). */
  fuzzyTerms: string[];
  /** Folded city, for exact city filters. */
  cityKey: string;
  /** When the event is over (`endsAt`, else `startsAt`): listings without `from` show events with `listedUntil ≥ now`. */
  listedUntil: string;
};

/** The text a document is found by. */
export type Searchable = Pick<CatalogDocument, 'title' | 'description' | 'tags' | 'startsAt' | 'endsAt'> & {
  venue: Pick<CatalogDocument['venue'], 'name' | 'city'>;
};

/** Computes the derived search fields of a catalog document (call it on every change of its text or times). */
export function searchFields(doc: Searchable): SearchFields {
  const all = new Set<string>();
  for (const text of [doc.title, doc.description, doc.venue.name, doc.venue.city, ...doc.tags])
    for (const word of words(text)) all.add(word);
  const searchTerms = new Set<string>();
  const fuzzyTerms = new Set<string>();
  for (const word of all) {
    for (const prefix of prefixes(word)) searchTerms.add(prefix);
    for (const term of fuzzyTermsOf(word)) fuzzyTerms.add(term);
  }
  return {
    searchTerms: [...searchTerms],
    fuzzyTerms: [...fuzzyTerms],
    cityKey: cityKey(doc.venue.city),
    listedUntil: doc.endsAt ?? doc.startsAt,
  };
}

/** The key a city is filtered by: folded, words joined by single spaces ("Den  Haag" → "den haag"). */
export const cityKey = (city: string): string => words(city).join(' ');

/** The indexes the catalog collection should carry (created by the projection). */
export const CATALOG_INDEXES: readonly { keys: Record<string, 1 | -1> }[] = [
  { keys: { status: 1, startsAt: 1 } },
  { keys: { listedUntil: 1 } },
  { keys: { searchTerms: 1 } },
  { keys: { fuzzyTerms: 1 } },
  { keys: { category: 1 } },
  { keys: { tags: 1 } },
  { keys: { cityKey: 1 } },
  { keys: { 'venue.city': 1 } }, // the city facet counts the venue's own spelling from its index
  { keys: { popularity: -1 } },
  { keys: { priceMin: 1 } },
  { keys: { organizerId: 1 } },
  { keys: { 'venue.location.lat': 1, 'venue.location.lng': 1 } },
];
