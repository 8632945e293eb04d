import { useQueries, useQuery } from '@tanstack/react-query';
import { catalogKeys, fetchEvent } from '../catalog';

const eventQuery = (eventId: string) => ({
  queryKey: catalogKeys.detail(eventId),
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchEvent(eventId, { signal }),
  staleTime: 60_000,
});

/** The event a booking is for (its title and date: the booking itself names only the id). */
export function useEventOf(eventId: string) {
  return useQuery({ ...eventQuery(eventId), enabled: eventId !== '' });
}

/** Several events at once (My bookings), by id. */
export function useEventsOf(eventIds: string[]) {
  return useQueries({
    queries: eventIds.map(eventQuery),
    combine: (results) => new Map(eventIds.map((id, i) => [id, results[i]?.data] as const)),
  });
}
