import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AvailabilityDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { availabilityView } from '../../catalog/event-views';
import { GetAvailabilityQuery } from './get-availability.query';

@QueryHandler(GetAvailabilityQuery)
export class GetAvailabilityHandler implements IQueryHandler<GetAvailabilityQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ eventId }: GetAvailabilityQuery) {
    const availability = await this.readModels.collection<AvailabilityDoc>('event-availability');
    const doc = await availability.findOne({ _id: eventId });
    if (!doc) throw new NotFoundException(`Event ${eventId} is not on sale`);
    return availabilityView(doc);
  }
}
