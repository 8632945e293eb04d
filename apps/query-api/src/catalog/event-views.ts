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
    tags: doc.tags ?? [],
    ...(doc.currency ? { currency: doc.currency, priceMin: doc.priceMin, priceMax: doc.priceMax } : {}),
  };
}

/** Everything a buyer (or the organizer) sees on the event page. */
export function eventDetail(doc: CatalogEventDoc) {
  const optional = [
    'endsAt',
    'timeZone',
    'priceTiers',
    'salesWindow',
    'maxTicketsPerOrder',
    'refundPolicy',
    'rejectionReason',
    'cancellationReason',
    'publishedAt',
  ] as const;
  return {
    ...eventSummary(doc),
    description: doc.description,
    organizerId: doc.organizerId,
    ...Object.fromEntries(optional.filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]])),
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
