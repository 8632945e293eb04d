import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { catalogKeys, fetchEvent } from '../features/catalog/catalog.api';

/**
 * Starts fetching what the page the visitor landed on shows while that page's lazy code is still
 * downloading: on an event's page, the event (else it waits for the chunk, one more slow round trip
 * before the largest paint). `useEvent` picks the request up by its key. A page reached with
 * `minPosition` (read-your-writes, kept in the history state across a reload) fetches its own.
 */
export function prefetchLanding(queryClient: QueryClient, pathname: string, historyState: unknown): void {
  const eventId = matchPath('/events/:eventId', pathname)?.params.eventId;
  if (!eventId || hasMinPosition(historyState)) return;
  void queryClient.prefetchQuery({
    queryKey: catalogKeys.detail(eventId),
    queryFn: ({ signal }) => fetchEvent(eventId, { signal }),
  });
}

/** React Router keeps `navigate(…, { state })` under `usr`. */
function hasMinPosition(historyState: unknown): boolean {
  const state = (historyState as { usr?: unknown } | null)?.usr;
  return typeof state === 'object' && state !== null && 'minPosition' in state;
}
