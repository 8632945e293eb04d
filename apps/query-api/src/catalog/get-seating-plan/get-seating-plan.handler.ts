import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { SeatingPlanDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { findVisibleEvent } from '../visible-event';
import { GetSeatingPlanQuery } from './get-seating-plan.query';

@QueryHandler(GetSeatingPlanQuery)
export class GetSeatingPlanHandler implements IQueryHandler<GetSeatingPlanQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer } }: GetSeatingPlanQuery) {
    const event = await findVisibleEvent(this.readModels, eventId, viewer);
    const doc = await this.readModels.getById<SeatingPlanDoc>(
      'seating-plans',
      eventId,
      `Event ${eventId} has no seating plan`,
    );
    return {
      plan: {
        eventId,
        planVersion: doc.planVersion,
        capacity: doc.capacity,
        plan: doc.plan,
        priceTiers: event.priceTiers ?? [],
        position: String(doc._position),
      },
      revision: event.revision,
    };
  }
}
