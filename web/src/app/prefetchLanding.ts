import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { PAGE_SIZE, catalogKeys, fetchEvent } from '../features/catalog/catalog.api';
import { readFilters } from '../features/catalog/useCatalogFilters';
import { DEMO_PERSONAS_KEY } from '../features/auth/useDemoPersonas';
import { availabilityKey } from '../features/availability/availability.api';
import { categoryKeys } from '../features/categories/categories.api';
import type { LandingData } from './landingData';

/**
 * What the page the visitor landed on shows, ready before that page renders. With the server's
 * landing data (a prerendered first screen: `landingData.ts`), its answers go into the cache, so
 * the first render draws the same screen and asks nothing again. Else, on an event's page, the
 * event is fetched while the page's lazy code is still downloading (one slow round trip less
 * before the largest paint); `useEvent` picks the request up by its key.
 */
export function prefetchLanding(
  queryClient: QueryClient,
  location: { pathname: string; search: string },
  landing?: LandingData,
): void {
  const { pathname, search } = location;
  if (landing && landing.path === pathname && search === '') seed(queryClient, landing);
  const eventId = matchPath('/events/:eventId', pathname)?.params.eventId;
  if (!eventId) return;
  void queryClient.prefetchQuery({
    queryKey: catalogKeys.detail(eventId),
    queryFn: ({ signal }) => fetchEvent(eventId, { signal }),
  });
}

function seed(queryClient: QueryClient, landing: LandingData): void {
  // Taken as answered when read, but never later than now (an offline copy of the page is stale at once).
  const updatedAt = Math.min(landing.at, Date.now());
  if (landing.categories) queryClient.setQueryData(categoryKeys.list(false), landing.categories, { updatedAt });
  if (landing.personas) queryClient.setQueryData(DEMO_PERSONAS_KEY, landing.personas, { updatedAt });
  if (landing.catalog && landing.limit === PAGE_SIZE && landing.path === '/')
    queryClient.setQueryData(
      catalogKeys.list(readFilters(new URLSearchParams())),
      { pages: [landing.catalog], pageParams: [0] },
      { updatedAt },
    );
  const eventId = matchPath('/events/:eventId', landing.path)?.params.eventId;
  if (landing.event && eventId && landing.event.id === eventId) {
    queryClient.setQueryData(catalogKeys.detail(eventId), landing.event, { updatedAt });
    // The event's answer carries its availability (the same view as its own endpoint): the panel draws it
    // at once instead of re-rendering the page when a request for it returns; the live stream keeps it current.
    const { availability } = landing.event;
    if (availability?.position && typeof availability.onSale === 'boolean')
      queryClient.setQueryData(availabilityKey(eventId), availability, { updatedAt });
  }
}
