import { useQuery } from '@tanstack/react-query';
import { catalogKeys, fetchEvent } from './catalog.api';

/** One event (as of this tab's last write: lib/read-your-writes.ts). */
export function useEvent(eventId: string) {
  return useQuery({
    queryKey: catalogKeys.detail(eventId),
    queryFn: ({ signal }) => fetchEvent(eventId, { signal }),
    enabled: eventId !== '',
  });
}
