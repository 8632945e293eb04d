import { inventoryContext, inventoryModel } from '@booking/domain';
import { defineProjection, onEach, type Projected } from '../projection';
import { type PartitionedCounts, applyInventoryEvent } from './inventory-counts';

/** Answers "how many seats are free for this event right now", and per section (the seat map and SSE feed use it). */
export type AvailabilityDoc = Projected & PartitionedCounts & { eventId: string };

export const eventAvailabilityProjection = defineProjection<AvailabilityDoc>()({
  name: 'event-availability',
  version: 4, // v4: waiting (the waitlist keeps places); v3: HoldCancelled, InventoryClosed
  reads: [inventoryContext],
  ignores: ['AllowanceReserved', 'AllowanceReturned', 'AllowanceExtended'],
  keyOf: (event) => event.data.eventId,
  // Every event of an inventory stream moves the counts (applyInventoryEvent's switch is exhaustive).
  on: onEach(inventoryModel, (doc, event) => {
    const { eventId } = event.data;
    const counts = applyInventoryEvent(doc ?? { capacity: 0, held: 0, sold: 0, free: 0 }, event);
    return { _id: eventId, eventId, ...counts };
  }),
});
