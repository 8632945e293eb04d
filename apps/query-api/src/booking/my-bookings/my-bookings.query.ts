import { Query } from '@nestjs/cqrs';
import type { MyBookingsView } from '../booking.views';

/** The most bookings one answer lists (newest first); paging comes with the booking history screens. */
export const MY_BOOKINGS_LIMIT = 100;

export class MyBookingsQuery extends Query<MyBookingsView> {
  constructor(readonly args: Readonly<{ buyerId: string }>) {
    super();
  }
}
