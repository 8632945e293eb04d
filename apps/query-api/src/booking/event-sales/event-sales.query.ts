import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { SalesView } from '../orders.views';

export class EventSalesQuery extends Query<SalesView> {
  /** `viewer`: the event's organizer, admins, finance and analysts; another organizer gets 404. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor }>) {
    super();
  }
}
