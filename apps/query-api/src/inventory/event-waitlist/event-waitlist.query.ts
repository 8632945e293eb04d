import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { EventWaitlistView } from '../waitlist.views';

export const EVENT_WAITLIST_MAX = 500;

export class EventWaitlistQuery extends Query<EventWaitlistView> {
  /** `viewer`: the event's organizer and admins; anyone else gets 404 (the controller refuses other roles 403). */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor; status?: string }>) {
    super();
  }
}
