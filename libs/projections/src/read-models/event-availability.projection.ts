import { defineProjection, type Projected } from '../projection';
import { INVENTORY_EVENTS, type PartitionedCounts, applyInventoryEvent } from './inventory-counts';

/** Answers "how many seats are free for this event right now", and per section (the seat map and SSE feed use it). */
export type AvailabilityDoc = Projected & PartitionedCounts & { eventId: string };

export const eventAvailabilityProjection = defineProjection<AvailabilityDoc>({
  name: 'event-availability',
  version: 3, // v3: HoldCancelled, InventoryClosed
  eventTypes: INVENTORY_EVENTS,
  keyOf: (event) => (event.data as { eventId?: string }).eventId,
  evolve(doc, event) {
    const eventId = (event.data as { eventId: string }).eventId;
    const counts = applyInventoryEvent(doc ?? { capacity: 0, held: 0, sold: 0, free: 0 }, event);
    return { _id: eventId, eventId, ...counts };
  },
});
