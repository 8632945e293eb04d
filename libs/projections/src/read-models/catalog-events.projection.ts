import {
  type CatalogStatus,
  type EventCreated,
  type EventDetails,
  type EventDetailsUpdated,
  type EventImage,
  type EventImageAdded,
  type EventImageAltChanged,
  type EventImageRemoved,
  type GalleryReordered,
  type SeatingPlanSet,
  catalogEventTypes,
  reorderImages,
  sectionCapacity,
  withAlt,
} from '@booking/domain';
import { CATALOG_INDEXES, type SearchFields, searchFields } from '@booking/catalog-search';
import type { RecordedEvent } from '@booking/event-store';
import { defineProjection, type Projected } from '../projection';
import { INVENTORY_EVENTS, type PartitionedCounts, applyInventoryEvent } from './inventory-counts';

/** Answers the catalog: list, search and detail of events in every status, with their free seats. */
export type CatalogEventDoc = Projected &
  PartitionedCounts &
  SearchFields &
  Omit<EventDetails, 'venue'> & {
    title: string;
    description: string;
    category: string;
    startsAt: string;
    venue: NonNullable<EventDetails['venue']>;
    organizerId: string;
    status: CatalogStatus;
    tags: string[];
    currency?: string;
    priceMin?: number;
    priceMax?: number;
    createdAt: string;
    submittedAt?: string;
    publishedAt?: string;
    rejectionReason?: string;
    cancellationReason?: string;
    images: EventImage[];
    timeZone: string;
    /** Seats held or sold: the popularity sort. */
    popularity: number;
    /** The seating plan in brief (the plan itself is in the seating-plans read model). */
    seating?: SeatingSummary;
    /** Revision of the event's catalog stream after its last event here: the ETag an edit sends back as If-Match. */
    revision?: number;
  };

export type SeatingSummary = {
  planVersion: number;
  sections: { id: string; name: string; kind: 'seated' | 'standing'; priceTierId: string; capacity: number }[];
};

const LIFECYCLE: Record<string, CatalogStatus> = {
  EventSubmitted: 'submitted',
  EventSubmissionWithdrawn: 'draft',
  EventApproved: 'approved',
  EventRejected: 'rejected',
  EventPublished: 'published',
  EventCancelled: 'cancelled',
  EventCompleted: 'completed',
};

export const catalogEventsProjection = defineProjection<CatalogEventDoc>({
  name: 'catalog-events',
  version: 6, // v6: listedUntil (search field, indexed), revision; v5: HoldCancelled, InventoryClosed; an edit of an approved/rejected event → draft
  eventTypes: [...catalogEventTypes, ...INVENTORY_EVENTS],
  keyOf: (event) => (event.data as { eventId?: string }).eventId,
  indexes: CATALOG_INDEXES,
  evolve(doc, event) {
    const next = evolveCatalogEvent(doc, event);
    return next && CATALOG_TYPES.has(event.type) ? { ...next, revision: Number(event.revision) } : next;
  },
});

const CATALOG_TYPES: ReadonlySet<string> = new Set(catalogEventTypes);

function evolveCatalogEvent(
  doc: CatalogEventDoc | null,
  event: RecordedEvent,
): Omit<CatalogEventDoc, '_position'> | null {
  if (event.type === 'EventCreated') {
    const { eventId, capacity, ...rest } = event.data as EventCreated['data'];
    const created = {
      _id: eventId,
      ...rest,
      tags: [],
      images: [],
      timeZone: 'UTC',
      status: 'draft' as const,
      capacity,
      held: 0,
      sold: 0,
      free: capacity,
      popularity: 0,
      createdAt: event.metadata.occurredAt,
    };
    return { ...created, ...searchFields(created) };
  }
  if (!doc) return null; // inventory or lifecycle without a catalog entry: nothing to show
  const { _position, ...rest } = doc;
  if (event.type === 'EventDetailsUpdated')
    return withDetails(doc, (event.data as EventDetailsUpdated['data']).changes);
  if (event.type === 'EventImageAdded') {
    const { image } = event.data as EventImageAdded['data'];
    const kept = image.role === 'cover' ? (rest.images ?? []).filter((i) => i.role !== 'cover') : (rest.images ?? []);
    return { ...rest, images: [...kept, image] };
  }
  if (event.type === 'EventImageRemoved') {
    const { imageId } = event.data as EventImageRemoved['data'];
    return { ...rest, images: (rest.images ?? []).filter((i) => i.imageId !== imageId) };
  }
  if (event.type === 'EventImageAltChanged') {
    const { imageId, alt } = event.data as EventImageAltChanged['data'];
    return { ...rest, images: withAlt(rest.images ?? [], imageId, alt) };
  }
  if (event.type === 'GalleryReordered') {
    const { imageIds } = event.data as GalleryReordered['data'];
    return { ...rest, images: reorderImages(rest.images ?? [], imageIds) };
  }
  if (event.type === 'SeatingPlanSet') {
    const { planVersion, plan, capacity } = event.data as SeatingPlanSet['data'];
    const sections = plan.sections.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      priceTierId: s.priceTierId,
      capacity: sectionCapacity(s),
    }));
    return {
      ...rest,
      capacity,
      free: Math.max(0, capacity - doc.held - doc.sold),
      seating: { planVersion, sections },
    };
  }
  if (event.type === 'SeatingPlanCleared') return { ...rest, seating: undefined };
  const status = LIFECYCLE[event.type];
  if (status) return { ...rest, ...lifecycle(status, event) };
  const counts = applyInventoryEvent(doc, event);
  return { ...rest, ...counts, popularity: counts.held + counts.sold };
}

function lifecycle(status: CatalogStatus, event: RecordedEvent): Partial<CatalogEventDoc> {
  const data = event.data as { reason?: string; publishedAt?: string };
  const at = event.metadata.occurredAt;
  switch (status) {
    case 'submitted':
      return { status, submittedAt: at, rejectionReason: undefined };
    case 'rejected':
      return { status, rejectionReason: data.reason };
    case 'published':
      return { status, publishedAt: data.publishedAt ?? at };
    case 'cancelled':
      return { status, cancellationReason: data.reason };
    default:
      return { status };
  }
}

function withDetails(doc: CatalogEventDoc, changes: EventDetails): Omit<CatalogEventDoc, '_position'> {
  const { _position, ...current } = doc;
  const next = { ...current, ...changes, venue: changes.venue ?? doc.venue, tags: changes.tags ?? doc.tags };
  // As on the write side: an edit sends an approved or rejected event back to draft (to be reviewed again).
  if (doc.status === 'approved' || doc.status === 'rejected') next.status = 'draft';
  if (changes.capacity !== undefined) Object.assign(next, { free: changes.capacity - doc.held - doc.sold });
  Object.assign(next, searchFields(next));
  const tiers = next.priceTiers ?? [];
  if (tiers.length > 0) {
    const amounts = tiers.map((t) => t.price.amount);
    Object.assign(next, {
      currency: tiers[0].price.currency,
      priceMin: Math.min(...amounts),
      priceMax: Math.max(...amounts),
    });
  }
  return next;
}
