// The pages are not re-exported: the router imports each by path (a chunk of its own).
export { BookingStatusBadge } from './BookingStatusBadge';
export type { Booking, BookingStatus } from './booking.types';
export { useBooking } from './useBookings';
export { bookingKeys } from './booking.api';
export { declineMessage, normalizeCardNumber, safeReturnPath } from './booking-status';
export { TestCardNumberInput } from './TestCardNumberInput';
export { carryPayment, type CarriedPayment } from './payment-outcome';
