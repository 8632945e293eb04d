import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AvailabilityDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { availabilityView } from '../../catalog/event-views';
import { GetAvailabilityQuery } from './get-availability.query';

/** An event's seat counts; an event not on sale (no inventory yet) is a 404. */
@QueryHandler(GetAvailabilityQuery)
export class GetAvailabilityHandler implements IQueryHandler<GetAvailabilityQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId } }: GetAvailabilityQuery) {
    return availabilityView(
      await this.readModels.getById<AvailabilityDoc>('event-availability', eventId, `Event ${eventId} is not on sale`),
    );
  }
}
