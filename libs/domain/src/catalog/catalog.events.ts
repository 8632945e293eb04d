import type { DomainEvent, EventSchema } from '../kernel';

export type Venue = Readonly<{ name: string; city: string; country: string }>;

export type EventCreated = DomainEvent<
  'EventCreated',
  {
    eventId: string;
    organizerId: string;
    title: string;
    description: string;
    category: string;
    startsAt: string;
    venue: Venue;
    capacity: number;
  }
>;
export type EventPublished = DomainEvent<'EventPublished', { eventId: string; publishedAt: string }>;

export type CatalogEvent = EventCreated | EventPublished;
export type CatalogEventType = CatalogEvent['type'];

export const catalogEventTypes: readonly CatalogEventType[] = ['EventCreated', 'EventPublished'];
export const catalogSchema: EventSchema = { versions: { EventCreated: 1, EventPublished: 1 } };
