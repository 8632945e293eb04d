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

export const REFUND_POLICIES = ['no-refunds', 'until-24h-before', 'until-7d-before', 'any-time'] as const;
export type RefundPolicy = (typeof REFUND_POLICIES)[number];

/** Money is always integer minor units (2500 = €25.00). */
export type Money = { amount: number; currency: string };
export type PriceTier = { id: string; name: string; price: Money };
export type SalesWindow = { opensAt: string; closesAt: string };

export type EventSummary = {
  id: string;
  title: string;
  category: string;
  startsAt: string;
  venue: Venue;
  status: EventStatus;
  capacity: number;
  free: number;
  tags?: string[];
  priceMin?: number;
  priceMax?: number;
  currency?: string;
};

export type EventDetail = EventSummary & {
  description: string;
  organizerId: string;
  availability: Availability;
  endsAt?: string;
  timeZone?: string;
  priceTiers?: PriceTier[];
  salesWindow?: SalesWindow;
  maxTicketsPerOrder?: number;
  refundPolicy?: RefundPolicy;
  rejectionReason?: string;
  cancellationReason?: string;
};

export type EventList = { items: EventSummary[]; total: number };

export type CatalogFilters = { q: string; category: string };
