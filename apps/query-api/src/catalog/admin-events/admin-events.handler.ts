import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CatalogEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { eventSummary } from '../event-views';
import { AdminEventsQuery } from './admin-events.query';

/** The events in one status with their organizer, oldest submission first (the approval queue). */
@QueryHandler(AdminEventsQuery)
export class AdminEventsHandler implements IQueryHandler<AdminEventsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { status } }: AdminEventsQuery) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const items = await events.find({ status }, { sort: { submittedAt: 1, createdAt: 1, _id: 1 }, limit: 500 });
    return {
      items: items.map((doc) => ({ ...eventSummary(doc), organizerId: doc.organizerId, submittedAt: doc.submittedAt })),
    };
  }
}
