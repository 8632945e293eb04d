import { Query } from '@nestjs/cqrs';
import type { MyBookingsView } from '../booking.views';

/** The most bookings one answer lists (newest first); paging comes with the booking history screens. */
export const MY_BOOKINGS_LIMIT = 100;
/** The tabs of My bookings (`?when=`). */
export const MY_BOOKINGS_WHEN = ['upcoming', 'past', 'cancelled'] as const;
export type MyBookingsWhen = (typeof MY_BOOKINGS_WHEN)[number];

export class MyBookingsQuery extends Query<MyBookingsView> {
  constructor(readonly args: Readonly<{ buyerId: string; when?: MyBookingsWhen }>) {
    super();
  }
}
