import { useQuery } from '@tanstack/react-query';
import { availabilityKey, fetchAvailability } from './availability.api';
import type { Availability } from './availability.types';

/**
 * Whether a buyer can hold seats now. Free 0 is two different situations: every seat sold
 * (final) or some seats only held (they come back when holds expire or are released).
 */
export type SaleState = 'open' | 'all-held' | 'waitlist' | 'sold-out' | 'closed';

export function saleState(a: Pick<Availability, 'free' | 'held' | 'onSale' | 'waiting'>): SaleState {
  if (a.onSale === false) return 'closed';
  if (a.free > 0) return 'open';
  if ((a.waiting ?? 0) > 0) return 'waitlist';
  return a.held > 0 ? 'all-held' : 'sold-out';
}

/** What each state that refuses a hold says, and why. */
export const SALE_STATE_TEXT: Record<Exclude<SaleState, 'open'>, { title: string; detail: string }> = {
  'all-held': {
    title: 'All seats held — some may free up',
    detail:
      'Every free seat is held by another buyer right now. Held seats come back when a hold expires or is released; this page updates live.',
  },
  waitlist: {
    title: 'Sold out — people are waiting',
    detail: 'Places that free up go to the people on the waitlist first, in the order they joined.',
  },
  'sold-out': { title: 'Sold out', detail: 'Every seat of this event is sold.' },
  closed: { title: 'Sales closed', detail: 'This event no longer sells seats.' },
};

/** The availability snapshot the live stream keeps in the cache (useLiveAvailability), observed. */
export function useAvailabilitySnapshot(eventId: string): Availability | undefined {
  return useQuery<Availability>({
    queryKey: availabilityKey(eventId),
    queryFn: ({ signal }) => fetchAvailability(eventId, { signal }),
    enabled: eventId !== '',
    staleTime: Infinity,
  }).data;
}
