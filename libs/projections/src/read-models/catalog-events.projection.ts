import {
  type CatalogEvent,
  type CatalogStatus,
  type EventDetails,
  type EventImage,
  catalogContext,
  inventoryContext,
  inventoryModel,
  reorderImages,
  sectionCapacity,
  visibleTiers,
  withAlt,
} from '@booking/domain';
import { CATALOG_INDEXES, type SearchFields, searchFields } from '@booking/catalog-search';
import {
  type Handler,
  type Handlers,
  changed,
  defineProjection,
  onEach,
  type Projected,
  unpositioned,
} from '../projection';
import { type PartitionedCounts, applyInventoryEvent } from './inventory-counts';

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

type Doc = CatalogEventDoc;

const onCatalog: Handlers<Doc, CatalogEvent> = {
  EventCreated: (_doc, { data, metadata }) => {
    const { eventId, capacity, ...rest } = data;
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
      createdAt: metadata.occurredAt,
    };
    return { ...created, ...searchFields(created) };
  },
  EventDetailsUpdated: (doc, { data }) => doc && withDetails(doc, data.changes),
  EventImageAdded: (doc, { data: { image } }) =>
    changed(doc, (rest) => {
      const kept = image.role === 'cover' ? (rest.images ?? []).filter((i) => i.role !== 'cover') : (rest.images ?? []);
      return { ...rest, images: [...kept, image] };
    }),
  EventImageRemoved: (doc, { data }) =>
    changed(doc, (rest) => ({ ...rest, images: (rest.images ?? []).filter((i) => i.imageId !== data.imageId) })),
  EventImageAltChanged: (doc, { data }) =>
    changed(doc, (rest) => ({ ...rest, images: withAlt(rest.images ?? [], data.imageId, data.alt) })),
  GalleryReordered: (doc, { data }) =>
    changed(doc, (rest) => ({ ...rest, images: reorderImages(rest.images ?? [], data.imageIds) })),
  SeatingPlanSet: (doc, { data: { planVersion, plan, capacity } }) =>
    changed(doc, (rest) => {
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
        free: Math.max(0, capacity - rest.held - rest.sold),
        seating: { planVersion, sections },
      };
    }),
  SeatingPlanCleared: (doc) => changed(doc, (rest) => ({ ...rest, seating: undefined })),
  EventSubmitted: (doc, { metadata }) =>
    changed(doc, (rest) => ({
      ...rest,
      status: 'submitted',
      submittedAt: metadata.occurredAt,
      rejectionReason: undefined,
    })),
  EventSubmissionWithdrawn: (doc) => changed(doc, (rest) => ({ ...rest, status: 'draft' })),
  EventApproved: (doc) => changed(doc, (rest) => ({ ...rest, status: 'approved' })),
  EventRejected: (doc, { data }) =>
    changed(doc, (rest) => ({ ...rest, status: 'rejected', rejectionReason: data.reason })),
  EventPublished: (doc, { data, metadata }) =>
    changed(doc, (rest) => ({ ...rest, status: 'published', publishedAt: data.publishedAt ?? metadata.occurredAt })),
  EventCancelled: (doc, { data }) =>
    changed(doc, (rest) => ({ ...rest, status: 'cancelled', cancellationReason: data.reason })),
  EventCompleted: (doc) => changed(doc, (rest) => ({ ...rest, status: 'completed' })),
};

/** After a catalog event, the document carries its stream's revision: the ETag an edit sends back as If-Match. */
function withRevision(handlers: Handlers<Doc, CatalogEvent>): Handlers<Doc, CatalogEvent> {
  const revised: Record<string, Handler<Doc, CatalogEvent>> = {};
  for (const [type, handle] of Object.entries(handlers) as [string, Handler<Doc, CatalogEvent>][]) {
    revised[type] = (doc, event) => {
      const next = handle(doc, event);
      return next && { ...next, revision: Number(event.revision) };
    };
  }
  return revised as unknown as Handlers<Doc, CatalogEvent>;
}

export const catalogEventsProjection = defineProjection<CatalogEventDoc>()({
  name: 'catalog-events',
  version: 8, // v8: priceMin/priceMax/currency from public tiers only (hidden tiers stay unlisted); v7: waiting (the waitlist keeps places); v6: listedUntil (search field, indexed), revision; v5: HoldCancelled, InventoryClosed; an edit of an approved/rejected event → draft
  reads: [catalogContext, inventoryContext],
  ignores: ['AllowanceReserved', 'AllowanceReturned', 'AllowanceExtended'],
  keyOf: (event) => event.data.eventId,
  indexes: CATALOG_INDEXES,
  on: {
    ...withRevision(onCatalog),
    ...onEach(inventoryModel, (doc, event) => {
      if (!doc) return null; // inventory without a catalog entry: nothing to show
      // A new object either way: the whole document moved on (an event of no section), or the
      // counts alone (a section's event) laid over it. One copy of the document per event: the
      // rebuild folds every hold of the log through here.
      const counts = applyInventoryEvent(doc, event);
      const next = (event.data.sectionId ? { ...unpositioned(doc), ...counts } : counts) as CatalogEventDoc;
      next.popularity = counts.held + counts.sold;
      return next;
    }),
  },
});

function withDetails(doc: CatalogEventDoc, changes: EventDetails): Omit<CatalogEventDoc, '_position'> {
  const { _position, ...current } = doc;
  const next = { ...current, ...changes, venue: changes.venue ?? doc.venue, tags: changes.tags ?? doc.tags };
  // As on the write side: an edit sends an approved or rejected event back to draft (to be reviewed again).
  if (doc.status === 'approved' || doc.status === 'rejected') next.status = 'draft';
  if (changes.capacity !== undefined) Object.assign(next, { free: changes.capacity - doc.held - doc.sold });
  Object.assign(next, searchFields(next));
  // Hidden tiers (access codes) are not what the public pays: list prices come from the public ones.
  const tiers = visibleTiers(next.priceTiers ?? []);
  if (tiers.length > 0) {
    const amounts = tiers.map((t) => t.price.amount);
    Object.assign(next, {
      currency: tiers[0].price.currency,
      priceMin: Math.min(...amounts),
      priceMax: Math.max(...amounts),
    });
  } else if (changes.priceTiers !== undefined) {
    // Every tier hidden: no public price to list.
    delete next.currency;
    delete next.priceMin;
    delete next.priceMax;
  }
  return next;
}
