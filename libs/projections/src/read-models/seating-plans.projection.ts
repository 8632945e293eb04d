import type { SeatingPlan, SeatingPlanSet } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

/** Answers "what does this event's seating plan look like": the current version of each event's plan. */
export type SeatingPlanDoc = Projected & { eventId: string; planVersion: number; capacity: number; plan: SeatingPlan };

export const seatingPlansProjection = defineProjection<SeatingPlanDoc>({
  name: 'seating-plans',
  version: 1,
  eventTypes: ['SeatingPlanSet', 'SeatingPlanCleared'],
  keyOf: (event) => (event.data as { eventId?: string }).eventId,
  evolve(_doc, event) {
    if (event.type !== 'SeatingPlanSet') return null; // cleared
    const { eventId, planVersion, capacity, plan } = event.data as SeatingPlanSet['data'];
    return { _id: eventId, eventId, planVersion, capacity, plan };
  },
});
