/** A short reference people can read out ("Booking #3F9A2C"): the id's random tail, not its time-ordered head. */
export const bookingRef = (bookingId: string) => `#${bookingId.replaceAll('-', '').slice(-8).toUpperCase()}`;
