export const CHECKIN_CATEGORY = 'checkin';

/** One stream per event: every door's scans of the event meet in one decision (docs/booking.md, Check-in). */
export const checkinStream = (eventId: string) => `${CHECKIN_CATEGORY}-${eventId}`;
