import type { EventCreated, EventPublished } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';
import { INVENTORY_EVENTS, type SeatCounts, applyInventoryEvent } from './inventory-counts';

/** Answers the catalog: list, search and detail of events, with their free seats. */
export type CatalogEventDoc = Projected &
  SeatCounts & {
    title: string;
    description: string;
    category: string;
    startsAt: string;
    venue: { name: string; city: string; country: string };
    organizerId: string;
    status: 'draft' | 'published';
    createdAt: string;
    publishedAt?: string;
  };

export const catalogEventsProjection = defineProjection<CatalogEventDoc>({
  name: 'catalog-events',
  version: 1,
  eventTypes: ['EventCreated', 'EventPublished', ...INVENTORY_EVENTS],
  keyOf: (event) => (event.data as { eventId?: string }).eventId,
  indexes: [{ keys: { status: 1, startsAt: 1 } }, { keys: { organizerId: 1 } }],
  evolve(doc, event) {
    switch (event.type) {
      case 'EventCreated': {
        const data = event.data as EventCreated['data'];
        const { eventId, capacity, ...rest } = data;
        return {
          _id: eventId,
          ...rest,
          status: 'draft',
          capacity,
          held: 0,
          sold: 0,
          free: capacity,
          createdAt: event.metadata.occurredAt,
        };
      }
      case 'EventPublished': {
        if (!doc) return null;
        const { _position, ...rest } = doc;
        return { ...rest, status: 'published', publishedAt: (event.data as EventPublished['data']).publishedAt };
      }
      default: {
        if (!doc) return null; // inventory without a catalog entry: nothing to show
        const { _position, ...rest } = doc;
        return { ...rest, ...applyInventoryEvent(doc, event) };
      }
    }
  },
});
