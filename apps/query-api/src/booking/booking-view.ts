import type { BookingDoc } from '@booking/projections';
import type { BookingView } from './booking.views';

/** A bookings document as the API shows it. */
export function bookingView(doc: BookingDoc): BookingView {
  const { _id, _position, ...rest } = doc;
  return { bookingId: _id, ...rest, position: String(_position) };
}
