import { apiGet, withQuery } from '../../lib/api';
import { minorDigits } from '../../lib/format';
import type { CatalogFilters, EventDetail, EventList } from './catalog.types';

export const PAGE_SIZE = 24;

/** Price filters are entered in this currency's major units. */
export const PRICE_CURRENCY = 'EUR';

export const catalogKeys = {
  all: ['events'] as const,
  list: (filters: CatalogFilters) => ['events', 'list', filters] as const,
  detail: (eventId: string) => ['events', 'detail', eventId] as const,
};

/** "2026-12-05" → the ISO instant of that day's local midnight (`dayOffset` days later); undefined if invalid. */
export function localMidnightIso(day: string, dayOffset = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + dayOffset);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "25.5" → 2550 for two digits, by string math (never float multiplication); undefined if not a plain amount. */
export function majorToMinor(text: string, digits: number): number | undefined {
  const match = /^(\d{1,10})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  const minor = Number(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** The `/api/events` query for the filters (facets on the first page only). */
export function eventsQuery(filters: CatalogFilters, offset: number) {
  const digits = minorDigits(PRICE_CURRENCY);
  return {
    q: filters.q,
    category: filters.category,
    tags: filters.tags.join(','),
    from: localMidnightIso(filters.from),
    // The whole "to" day is included: up to the midnight that ends it.
    to: localMidnightIso(filters.to, 1),
    city: filters.city,
    priceMin: majorToMinor(filters.priceMin, digits),
    priceMax: majorToMinor(filters.priceMax, digits),
    available: filters.available ? 'true' : undefined,
    sort: filters.sort === 'date' ? undefined : filters.sort,
    facets: offset === 0 ? 'true' : undefined,
    limit: PAGE_SIZE,
    offset,
  };
}

export function fetchEvents(filters: CatalogFilters, offset: number, signal?: AbortSignal): Promise<EventList> {
  return apiGet<EventList>(withQuery('/api/events', eventsQuery(filters, offset)), { signal });
}

export function fetchEvent(eventId: string, options: { signal?: AbortSignal } = {}) {
  return apiGet<EventDetail>(`/api/events/${encodeURIComponent(eventId)}`, options);
}
