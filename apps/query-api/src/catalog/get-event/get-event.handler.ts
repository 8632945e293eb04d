import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AvailabilityDoc, CatalogEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { availabilityView, eventDetail } from '../event-views';
import { GetEventQuery } from './get-event.query';

@QueryHandler(GetEventQuery)
export class GetEventHandler implements IQueryHandler<GetEventQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ eventId, viewer }: GetEventQuery) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const doc = await events.findOne({ _id: eventId });
    const mayView =
      doc && (doc.status === 'published' || viewer?.userId === doc.organizerId || viewer?.roles.includes('admin'));
    // Drafts are invisible to others: the same 404 as an unknown id.
    if (!doc || !mayView) throw new NotFoundException(`Event ${eventId} not found`);
    const availability = await (
      await this.readModels.collection<AvailabilityDoc>('event-availability')
    ).findOne({ _id: eventId });
    return {
      ...eventDetail(doc),
      availability: availability
        ? availabilityView(availability)
        : { eventId, capacity: doc.capacity, held: 0, sold: 0, free: doc.capacity, position: String(doc._position) },
    };
  }
}
