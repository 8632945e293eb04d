export const BOOKING_CATEGORY = 'booking';
export const bookingStream = (bookingId: string) => `${BOOKING_CATEGORY}-${bookingId}`;
