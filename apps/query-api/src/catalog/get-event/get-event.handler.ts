import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AvailabilityDoc } from '@booking/projections';
import { findVisibleEvent } from '../visible-event';
import { ReadModels } from '../../http/read-models';
import { availabilityView, eventDetail } from '../event-views';
import { GetEventQuery } from './get-event.query';

@QueryHandler(GetEventQuery)
export class GetEventHandler implements IQueryHandler<GetEventQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer } }: GetEventQuery) {
    const doc = await findVisibleEvent(this.readModels, eventId, viewer);
    const availability = await this.readModels.findById<AvailabilityDoc>('event-availability', eventId);
    return {
      ...eventDetail(doc, viewer),
      availability: availability
        ? availabilityView(availability)
        : { eventId, capacity: doc.capacity, held: 0, sold: 0, free: doc.capacity, position: String(doc._position) },
    };
  }
}
