import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CatalogEventDoc, EventOrderDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ORDERS_PAGE_SIZE, orderView, ordersFilter, ordersPage } from '../event-orders';
import type { AdminBookingsView } from '../orders.views';
import { AdminBookingsQuery } from './admin-bookings.query';

/** Any booking, newest first, with its event's title: the admin's support view. */
@QueryHandler(AdminBookingsQuery)
export class AdminBookingsHandler implements IQueryHandler<AdminBookingsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { page, ...filterArgs } }: AdminBookingsQuery): Promise<AdminBookingsView> {
    const orders = await this.readModels.collection<EventOrderDoc>('event-orders');
    const { docs, total } = await ordersPage(orders, ordersFilter(filterArgs), page);
    const ids = [...new Set(docs.map((doc) => doc.eventId))];
    const events = ids.length
      ? await (
          await this.readModels.collection<CatalogEventDoc>('catalog-events')
        ).find({ _id: { $in: ids } }, { projection: { title: 1, seating: 1 } })
      : [];
    const byId = new Map(events.map((event) => [event._id, event]));
    const items = docs.map((doc) => {
      const event = byId.get(doc.eventId);
      return { ...orderView(doc, event), eventTitle: event?.title ?? '' };
    });
    return { items, total, page, pageSize: ORDERS_PAGE_SIZE };
  }
}
