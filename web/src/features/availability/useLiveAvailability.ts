import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { latest } from '../../lib/position';
import { availabilityKey, availabilityStreamUrl, fetchAvailability } from './availability.api';
import type { Availability } from './availability.types';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

const MAX_BACKOFF_MS = 30_000;

/**
 * Availability of one event, kept live: TanStack Query loads the first snapshot, then every
 * `availability` message of the SSE stream is written into the same cache entry. Snapshots
 * never go backwards: an older log position never overwrites a newer one.
 */
export function useLiveAvailability(eventId: string) {
  const queryClient = useQueryClient();
  const key = availabilityKey(eventId);
  const [status, setStatus] = useState<StreamStatus>('connecting');

  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }) =>
      latest(queryClient.getQueryData<Availability>(key), await fetchAvailability(eventId, { signal })),
    enabled: eventId !== '',
    // The stream keeps it fresh; refetch only when it is not connected.
    staleTime: status === 'live' ? Infinity : 5_000,
  });

  useEffect(() => {
    if (!eventId || typeof EventSource === 'undefined') return;
    const cacheKey = availabilityKey(eventId);
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let attempts = 0;

    const onAvailability = (message: MessageEvent<string>) => {
      try {
        const snapshot = JSON.parse(message.data) as Availability;
        queryClient.setQueryData<Availability>(cacheKey, (current) => latest(current, snapshot));
      } catch {
        // A malformed message is skipped; the next one carries the full state again.
      }
    };

    const connect = () => {
      source = new EventSource(availabilityStreamUrl(eventId));
      source.addEventListener('availability', onAvailability);
      source.onopen = () => {
        attempts = 0;
        setStatus('live');
      };
      source.onerror = () => {
        setStatus('reconnecting');
        // The browser retries by itself unless the server refused outright (readyState CLOSED).
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          const delay = Math.min(1000 * 2 ** attempts++, MAX_BACKOFF_MS);
          retryTimer = window.setTimeout(connect, delay);
        }
      };
    };

    setStatus('connecting');
    connect();
    return () => {
      window.clearTimeout(retryTimer);
      if (source) {
        source.removeEventListener('availability', onAvailability);
        source.close();
      }
    };
  }, [eventId, queryClient]);

  return { ...query, status };
}
