import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { stringify } from 'csv-stringify/sync';
import type { EventOrderDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ORDERS_CSV_COLUMNS, managedEvent, orderCsvRows, orderView, ordersFilter } from '../event-orders';
import { EventOrdersCsvQuery, type OrdersCsv } from './event-orders-csv.query';

/** The attendee list as a spreadsheet: every matching order (oldest first), one row per ticket. */
@QueryHandler(EventOrdersCsvQuery)
export class EventOrdersCsvHandler implements IQueryHandler<EventOrdersCsvQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer, status, q } }: EventOrdersCsvQuery): Promise<OrdersCsv> {
    const event = await managedEvent(this.readModels, eventId, viewer);
    const orders = await this.readModels.collection<EventOrderDoc>('event-orders');
    const filter = ordersFilter({ eventId: event._id, ...(status ? { status } : {}), ...(q ? { q } : {}) });
    const docs = await orders.find(filter, { sort: { placedAt: 1, _id: 1 } });
    const rows = orderCsvRows(docs.map((doc) => orderView(doc, event)));
    // RFC 4180: CRLF line ends, a header row; a BOM so spreadsheets read UTF-8 names right.
    const csv = stringify([[...ORDERS_CSV_COLUMNS], ...rows], { record_delimiter: 'windows', bom: true });
    return { csv, filename: `orders-${event._id.slice(0, 8)}.csv` };
  }
}
