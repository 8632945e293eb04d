import type { AvailabilityDoc, CatalogEventDoc } from '@booking/projections';

/** What the API shows of read-model documents (internal fields like _position stay inside). */
export function eventSummary(doc: CatalogEventDoc) {
  return {
    id: doc._id,
    title: doc.title,
    category: doc.category,
    startsAt: doc.startsAt,
    venue: doc.venue,
    status: doc.status,
    capacity: doc.capacity,
    free: doc.free,
  };
}

export function availabilityView(doc: AvailabilityDoc) {
  return {
    eventId: doc.eventId,
    capacity: doc.capacity,
    held: doc.held,
    sold: doc.sold,
    free: doc.free,
    position: String(doc._position),
  };
}
