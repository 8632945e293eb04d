import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { OrderStatus } from '@booking/projections';
import type { OrdersPageView } from '../orders.views';

export class EventOrdersQuery extends Query<OrdersPageView> {
  /** `viewer`: the event's organizer and admins; anyone else gets 404 (the controller refuses other roles 403). */
  constructor(
    readonly args: Readonly<{ eventId: string; viewer: Actor; status?: OrderStatus; q?: string; page: number }>,
  ) {
    super();
  }
}
