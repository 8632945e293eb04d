// The pages are not re-exported: the router imports each by path (a chunk of its own).
export { BookingStatusBadge } from './BookingStatusBadge';
export type { Booking, BookingStatus } from './booking.types';
export { useBooking } from './useBookings';
export { bookingKeys } from './booking.api';
export { declineMessage, safeReturnPath } from './booking-status';
export { carryPayment, type CarriedPayment } from './payment-outcome';
