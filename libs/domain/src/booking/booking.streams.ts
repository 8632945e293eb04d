export const BOOKING_CATEGORY = 'booking';
export const bookingStream = (bookingId: string) => `${BOOKING_CATEGORY}-${bookingId}`;

/**
 * The booking number printed on tickets and shown to buyers, organizers and the door: the id's last
 * 8 hex digits, upper case. The tail is the random part of a UUIDv7 (its head is the time, shared by
 * bookings of the same minute).
 */
export const bookingNumber = (bookingId: string): string => bookingId.replaceAll('-', '').slice(-8).toUpperCase();
