import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { TicketKeysView } from '../tickets.views';

export class TicketKeysQuery extends Query<TicketKeysView> {
  /** `viewer`: the event's organizer, admins and ops; another organizer gets 404 (as for an unknown event). */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor }>) {
    super();
  }
}
