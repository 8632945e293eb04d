import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EventOrderDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ORDERS_PAGE_SIZE, managedEvent, orderView, ordersFilter, ordersPage } from '../event-orders';
import type { OrdersPageView } from '../orders.views';
import { EventOrdersQuery } from './event-orders.query';

/** One page of an event's orders, newest first, filtered by status and a search. */
@QueryHandler(EventOrdersQuery)
export class EventOrdersHandler implements IQueryHandler<EventOrdersQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer, status, q, page } }: EventOrdersQuery): Promise<OrdersPageView> {
    const event = await managedEvent(this.readModels, eventId, viewer);
    const orders = await this.readModels.collection<EventOrderDoc>('event-orders');
    const filter = ordersFilter({ eventId: event._id, ...(status ? { status } : {}), ...(q ? { q } : {}) });
    const { docs, total } = await ordersPage(orders, filter, page);
    return { items: docs.map((doc) => orderView(doc, event)), total, page, pageSize: ORDERS_PAGE_SIZE };
  }
}
