import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { CheckInSummaryView } from '../checkin.views';

export class CheckInSummaryQuery extends Query<CheckInSummaryView> {
  /** `viewer`: the event's organizer, admins and ops; another organizer gets 404. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor }>) {
    super();
  }
}
