import type { Availability } from '../availability';

export type Venue = { name: string; city: string; country: string };

export type EventSummary = {
  id: string;
  title: string;
  category: string;
  startsAt: string;
  venue: Venue;
  status: 'draft' | 'published';
  capacity: number;
  free: number;
};

export type EventDetail = EventSummary & {
  description: string;
  organizerId: string;
  availability: Availability;
};

export type EventList = { items: EventSummary[]; total: number };

export type CatalogFilters = { q: string; category: string };
