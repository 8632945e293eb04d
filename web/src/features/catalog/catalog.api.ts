import { apiGet, withQuery } from '../../lib/api';
import type { CatalogFilters, EventDetail, EventList } from './catalog.types';

export const PAGE_SIZE = 24;

export const catalogKeys = {
  all: ['events'] as const,
  list: (filters: CatalogFilters) => ['events', 'list', filters] as const,
  detail: (eventId: string) => ['events', 'detail', eventId] as const,
};

export function fetchEvents(filters: CatalogFilters, offset: number, signal?: AbortSignal): Promise<EventList> {
  const path = withQuery('/api/events', { q: filters.q, category: filters.category, limit: PAGE_SIZE, offset });
  return apiGet<EventList>(path, { signal });
}

export function fetchEvent(eventId: string, options: { signal?: AbortSignal; minPosition?: string } = {}) {
  return apiGet<EventDetail>(`/api/events/${encodeURIComponent(eventId)}`, options);
}
