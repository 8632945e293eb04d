import type { Availability } from '../availability';

export type Venue = {
  name: string;
  city: string;
  country: string;
  address?: string;
  location?: { lat: number; lng: number };
};

export const EVENT_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'published',
  'cancelled',
  'completed',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** What a buyer gets back when cancelling (docs/booking.md, "Cancellation"). New values are appended, never renamed. */
export const REFUND_POLICIES = [
  'no-refunds',
  'until-24h-before',
  'until-7d-before',
  'any-time',
  'partial-by-date',
] as const;
export type RefundPolicy = (typeof REFUND_POLICIES)[number];

import type { Money, PriceTier } from '../../lib/money';

export type { Money, PriceTier };
export type SalesWindow = { opensAt: string; closesAt: string };

/** WebP renderings of an uploaded image: `thumb` 320 px wide, `card` 800, `full` 1600 (never upscaled). */
export type ImageVariant = { name: 'thumb' | 'card' | 'full'; url: string; width: number; height: number };
export type EventImage = { imageId: string; role: 'cover' | 'gallery'; alt: string; variants: ImageVariant[] };
export type Cover = EventImage;

export type EventSummary = {
  id: string;
  title: string;
  category: string;
  startsAt: string;
  venue: Venue;
  status: EventStatus;
  capacity: number;
  /** Seats in active holds: none free but some held is not sold out. */
  held?: number;
  free: number;
  tags?: string[];
  priceMin?: number;
  priceMax?: number;
  currency?: string;
  cover?: Cover;
  /** Published events: when they take holds (no `opensAt`: since publication). See salesStatus. */
  sales?: { opensAt?: string; closesAt: string };
};

export type GroupPrice = { minTickets: number; percentOff: number };

export type EventDetail = EventSummary & {
  description: string;
  organizerId: string;
  availability: Availability;
  /** The cover and the gallery (gallery entries in the organizer's order). */
  images?: EventImage[];
  endsAt?: string;
  timeZone?: string;
  priceTiers?: PriceTier[];
  salesWindow?: SalesWindow;
  maxTicketsPerOrder?: number;
  /** Most tickets one buyer may hold at once over all orders (none when unset). */
  maxTicketsPerBuyer?: number;
  /** Seated events: buyers may pick seats that leave one seat alone beside a taken one. */
  allowLoneSeats?: boolean;
  /** false: no waitlist when sold out (on by default). */
  waitlist?: boolean;
  /** How long a waitlist offer holds its places, in minutes. */
  waitlistOfferMinutes?: number;
  /** Group prices: a booking of at least minTickets tickets gets percentOff off each; smallest group first. */
  groupPrices?: GroupPrice[];
  refundPolicy?: RefundPolicy;
  rejectionReason?: string;
  cancellationReason?: string;
  /** The seating plan in brief; absent when the event sells general admission (it has no plan to ask for). */
  seating?: SeatingSummary;
};

/** GET /api/events/{id}'s `seating`: the plan's version and sections (the plan itself: its own endpoint). */
export type SeatingSummary = {
  planVersion: number;
  sections: { id: string; name: string; kind: 'seated' | 'standing'; priceTierId: string; capacity: number }[];
};

export type FacetValue = { value: string; count: number };
export type PriceFacet = { range: { min: number; max?: number }; count: number };
export type EventFacets = {
  category: FacetValue[];
  tags: FacetValue[];
  city: FacetValue[];
  price: PriceFacet[];
};

export type EventList = { items: EventSummary[]; total: number; facets?: EventFacets };

export const SORTS = ['date', 'popularity', 'price'] as const;
export type CatalogSort = (typeof SORTS)[number];

/**
 * The catalog's filters as they live in the URL: dates as `YYYY-MM-DD` (local days),
 * prices as major-unit decimal text ("25.50"); converted for the API in catalog.api.ts.
 */
export type CatalogFilters = {
  q: string;
  category: string;
  tags: string[];
  from: string;
  to: string;
  city: string;
  priceMin: string;
  priceMax: string;
  available: boolean;
  sort: CatalogSort;
};
