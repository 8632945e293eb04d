import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth';
import { type BookingsTab, bookingQuery, myBookingsQuery } from './booking.api';
import { paymentUnderWay } from './booking-status';

/** One booking of the signed-in user (as of this tab's last write). */
export function useBooking(bookingId: string) {
  const { user } = useSession();
  return useQuery({
    ...bookingQuery(user?.id ?? 'anonymous', bookingId),
    enabled: user !== null && bookingId !== '',
    // A payment under way is settled by the provider's webhook, maybe after this page opened.
    refetchInterval: (query) => (query.state.data && paymentUnderWay(query.state.data) ? 2000 : false),
  });
}

/** The signed-in user's bookings, newest first (one tab's when `when` is given). */
export function useMyBookings(when?: BookingsTab) {
  const { user } = useSession();
  return useQuery({ ...myBookingsQuery(user?.id ?? 'anonymous', when), enabled: user !== null, staleTime: 5_000 });
}
