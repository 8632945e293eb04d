import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { TicketRevocationsView } from '../checkin.views';

export class TicketRevocationsQuery extends Query<TicketRevocationsView> {
  /** `viewer`: the event's organizer, admins and ops; another organizer gets 404. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor }>) {
    super();
  }
}
