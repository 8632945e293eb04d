import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { BookingTicketsView } from '../tickets.views';

export class BookingTicketsQuery extends Query<BookingTicketsView> {
  /** `viewer`: the buyer and admins; anyone else gets 404. Only a confirmed booking has tickets (409). */
  constructor(readonly args: Readonly<{ bookingId: string; viewer: Actor }>) {
    super();
  }
}
