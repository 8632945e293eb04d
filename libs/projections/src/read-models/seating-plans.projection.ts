import { type SeatingPlan, catalogContext } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

/** Answers "what does this event's seating plan look like": the current version of each event's plan. */
export type SeatingPlanDoc = Projected & { eventId: string; planVersion: number; capacity: number; plan: SeatingPlan };

export const seatingPlansProjection = defineProjection<SeatingPlanDoc>()({
  name: 'seating-plans',
  version: 1,
  reads: [catalogContext],
  ignores: [
    'EventCreated',
    'EventPublished',
    'EventDetailsUpdated',
    'EventSubmitted',
    'EventSubmissionWithdrawn',
    'EventApproved',
    'EventRejected',
    'EventCancelled',
    'EventCompleted',
    'EventImageAdded',
    'EventImageRemoved',
    'EventImageAltChanged',
    'GalleryReordered',
  ],
  keyOf: (event) => event.data.eventId,
  on: {
    SeatingPlanSet: (_doc, { data: { eventId, planVersion, capacity, plan } }) => ({
      _id: eventId,
      eventId,
      planVersion,
      capacity,
      plan,
    }),
    SeatingPlanCleared: () => null,
  },
});
