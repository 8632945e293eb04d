import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { catalogKeys, fetchEvent } from '../features/catalog/catalog.api';

/**
 * Starts fetching what the page the visitor landed on shows while that page's lazy code is still
 * downloading: on an event's page, the event (else it waits for the chunk, one more slow round trip
 * before the largest paint). `useEvent` picks the request up by its key.
 */
export function prefetchLanding(queryClient: QueryClient, pathname: string): void {
  const eventId = matchPath('/events/:eventId', pathname)?.params.eventId;
  if (!eventId) return;
  void queryClient.prefetchQuery({
    queryKey: catalogKeys.detail(eventId),
    queryFn: ({ signal }) => fetchEvent(eventId, { signal }),
  });
}
