import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth';
import { cancellationQuery } from './booking.api';
import type { Booking } from './booking.types';

/** What cancelling would give back now; only asked of a booking that can still be cancelled. */
export function useCancellationQuote(booking: Pick<Booking, 'bookingId' | 'status' | 'position'>) {
  const { user } = useSession();
  const open = booking.status === 'pending-payment' || booking.status === 'confirmed';
  return useQuery({
    ...cancellationQuery(user?.id ?? 'anonymous', booking.bookingId, booking.position),
    enabled: user !== null && open,
  });
}
