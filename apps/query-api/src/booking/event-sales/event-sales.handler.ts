import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EventOrderDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { managedEvent, salesOf } from '../event-orders';
import type { SalesView } from '../orders.views';
import { EventSalesQuery } from './event-sales.query';

/** Sales counters of one event, summed from its orders (no personal data: finance and analysts may read them). */
@QueryHandler(EventSalesQuery)
export class EventSalesHandler implements IQueryHandler<EventSalesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer } }: EventSalesQuery): Promise<SalesView> {
    const event = await managedEvent(this.readModels, eventId, viewer, ['finance', 'analyst']);
    const orders = await this.readModels.collection<EventOrderDoc>('event-orders');
    const docs = await orders.find({ eventId: event._id }, { projection: { status: 1, tickets: 1 } });
    return salesOf(event._id, docs);
  }
}
