import { type Actor, salesPeriodOf, visibleTiers } from '@booking/domain';
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
    held: doc.held,
    free: doc.free,
    tags: doc.tags ?? [],
    cover: coverOf(doc),
    ...(doc.currency ? { currency: doc.currency, priceMin: doc.priceMin, priceMax: doc.priceMax } : {}),
    // When it takes holds; times, not a state: lists are cached, and a client compares them with its own clock.
    ...(doc.status === 'published' ? { sales: salesPeriodOf(doc, doc.startsAt) } : {}),
  };
}

/** The event's organizer and admins see hidden price tiers; everyone else only through an access code. */
export const seesHiddenTiers = (doc: Pick<CatalogEventDoc, 'organizerId'>, viewer: Actor | undefined): boolean =>
  viewer !== undefined && (viewer.userId === doc.organizerId || viewer.roles.includes('admin'));

/** Everything a buyer (or the organizer) sees on the event page; hidden price tiers only for those who may see them. */
export function eventDetail(doc: CatalogEventDoc, viewer?: Actor) {
  const optional = [
    'endsAt',
    'timeZone',
    'priceTiers',
    'salesWindow',
    'maxTicketsPerOrder',
    'maxTicketsPerBuyer',
    'allowLoneSeats',
    'waitlist',
    'waitlistOfferMinutes',
    'groupPrices',
    'refundPolicy',
    'rejectionReason',
    'cancellationReason',
    'publishedAt',
    'seating',
  ] as const;
  return {
    ...eventSummary(doc),
    description: doc.description,
    organizerId: doc.organizerId,
    images: imagesOf(doc),
    ...Object.fromEntries(optional.filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]])),
    ...(doc.priceTiers && !seesHiddenTiers(doc, viewer) ? { priceTiers: visibleTiers(doc.priceTiers) } : {}),
  };
}

export function availabilityView(doc: AvailabilityDoc) {
  return {
    eventId: doc.eventId,
    capacity: doc.capacity,
    held: doc.held,
    sold: doc.sold,
    free: doc.free,
    /** False once sales closed for good (the event was cancelled). */
    onSale: doc.salesClosed !== true,
    ...(doc.waiting ? { waiting: doc.waiting } : {}),
    ...(doc.sections ? { sections: doc.sections } : {}),
    position: String(doc._position),
  };
}

/** Image variants as URLs under /media (served by the files module). */
function imageView(image: CatalogEventDoc['images'][number]) {
  return {
    imageId: image.imageId,
    role: image.role,
    alt: image.alt,
    variants: image.variants.map((v) => ({ name: v.name, url: `/media/${v.key}`, width: v.width, height: v.height })),
  };
}
function coverOf(doc: CatalogEventDoc) {
  const cover = (doc.images ?? []).find((i) => i.role === 'cover');
  return cover ? imageView(cover) : undefined;
}
export function imagesOf(doc: CatalogEventDoc) {
  return (doc.images ?? []).map(imageView);
}
