import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { SeatingPlanDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { visibleTiers } from '@booking/domain';
import { findVisibleEvent } from '../visible-event';
import { seesHiddenTiers } from '../event-views';
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
        // Hidden tiers (access codes) stay out of the public plan: their sections show without a price.
        priceTiers: seesHiddenTiers(event, viewer) ? (event.priceTiers ?? []) : visibleTiers(event.priceTiers ?? []),
        position: String(doc._position),
      },
      revision: event.revision,
    };
  }
}
