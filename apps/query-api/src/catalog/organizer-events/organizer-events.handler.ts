import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CatalogEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { eventSummary } from '../event-views';
import { OrganizerEventsQuery } from './organizer-events.query';

/** The organizer's own events in every status, newest first. */
@QueryHandler(OrganizerEventsQuery)
export class OrganizerEventsHandler implements IQueryHandler<OrganizerEventsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { organizerId } }: OrganizerEventsQuery) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const items = await events.find({ organizerId }, { sort: { createdAt: -1, _id: 1 }, limit: 500 });
    return {
      items: items.map((doc) => ({
        ...eventSummary(doc),
        ...(doc.rejectionReason ? { rejectionReason: doc.rejectionReason } : {}),
      })),
    };
  }
}
