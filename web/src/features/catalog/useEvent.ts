import { useQuery } from '@tanstack/react-query';
import { catalogKeys, fetchEvent } from './catalog.api';

/**
 * One event. `minPosition` (from a command we just ran, e.g. creating it) makes the first
 * fetch wait until the read side has seen our write.
 */
export function useEvent(eventId: string, minPosition?: string) {
  return useQuery({
    queryKey: catalogKeys.detail(eventId),
    queryFn: ({ signal }) => fetchEvent(eventId, { signal, minPosition }),
    enabled: eventId !== '',
  });
}
