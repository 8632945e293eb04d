import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { CancellationQuoteView } from '../booking.views';

export class CancellationQuoteQuery extends Query<CancellationQuoteView> {
  /** `viewer`: the buyer, the event's organizer and admins; anyone else gets 404. */
  constructor(readonly args: Readonly<{ bookingId: string; viewer: Actor }>) {
    super();
  }
}
