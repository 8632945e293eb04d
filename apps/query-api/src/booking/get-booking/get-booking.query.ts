import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { BookingView } from '../booking.views';

export class GetBookingQuery extends Query<BookingView> {
  /** `viewer`: the buyer and admins see a booking; anyone else gets 404. */
  constructor(readonly args: Readonly<{ bookingId: string; viewer: Actor }>) {
    super();
  }
}
