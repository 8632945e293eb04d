import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';

export type BookingCalendarFile = Readonly<{ ics: string; filename: string }>;

export class BookingCalendarQuery extends Query<BookingCalendarFile> {
  /** `viewer`: the buyer and admins; anyone else gets 404. Only a confirmed booking (409). */
  constructor(readonly args: Readonly<{ bookingId: string; viewer: Actor }>) {
    super();
  }
}
