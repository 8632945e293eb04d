import { type DomainEvent, type Money, eventSchema } from '../kernel';
import type { SeatingPlan } from './seating';

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

/** `hidden`: only buyers with an access code that unlocks it see and buy it (added to version 1 as optional). */
export type PriceTier = Readonly<{ id: string; name: string; price: Money; hidden?: boolean }>;
/** What a buyer gets back when cancelling (docs/booking.md, "Cancellation"). New values are appended, never renamed. */
export const REFUND_POLICIES = [
  'no-refunds',
  'until-24h-before',
  'until-7d-before',
  'any-time',
  'partial-by-date',
] as const;
export type RefundPolicy = (typeof REFUND_POLICIES)[number];
export type Location = Readonly<{ lat: number; lng: number }>;
/** A group price: a booking of at least `minTickets` tickets gets `percentOff` off each (docs/booking.md, "Group booking"). */
export type GroupPriceRule = Readonly<{ minTickets: number; percentOff: number }>;

/** What an organizer can set on an event; an edit carries only what changed. */
export type EventDetails = Partial<
  Readonly<{
    title: string;
    description: string;
    category: string;
    tags: string[];
    startsAt: string;
    endsAt: string;
    timeZone: string;
    venue: Venue & { address?: string; location?: Location };
    capacity: number;
    priceTiers: PriceTier[];
    salesWindow: { opensAt: string; closesAt: string };
    maxTicketsPerOrder: number;
    /** Most places one buyer may hold at once across orders and sections; unset: no limit but the per-order one. */
    maxTicketsPerBuyer: number;
    /** Buyers may pick seats that leave one free seat alone beside a taken one (default: refused). */
    allowLoneSeats: boolean;
    refundPolicy: RefundPolicy;
    /** false: no waitlist when sold out (default: a waitlist opens; docs/waitlist.md). */
    waitlist: boolean;
    /** How long a waitlist offer holds its places for the person it is offered to (default WAITLIST_OFFER_MINUTES). */
    waitlistOfferMinutes: number;
    /** Group prices, by `minTickets` ascending; an empty list clears them (added to version 1 as optional). */
    groupPrices: GroupPriceRule[];
  }>
>;

/** `buyerFacing`: the time or place of a published event moved, so holders must be told. */
export type EventDetailsUpdated = DomainEvent<
  'EventDetailsUpdated',
  { eventId: string; changes: EventDetails; buyerFacing: boolean }
>;
export type EventSubmitted = DomainEvent<'EventSubmitted', { eventId: string; version: number }>;
export type EventSubmissionWithdrawn = DomainEvent<'EventSubmissionWithdrawn', { eventId: string }>;
export type EventApproved = DomainEvent<'EventApproved', { eventId: string; by: string; version: number }>;
export type EventRejected = DomainEvent<'EventRejected', { eventId: string; by: string; reason: string }>;
export type EventCancelled = DomainEvent<'EventCancelled', { eventId: string; by: string; reason: string }>;
export type EventCompleted = DomainEvent<'EventCompleted', { eventId: string }>;

export type ImageVariant = Readonly<{ name: string; key: string; width: number; height: number }>;
export type EventImage = Readonly<{
  imageId: string;
  role: 'cover' | 'gallery';
  alt: string;
  variants: ImageVariant[];
}>;
export type EventImageAdded = DomainEvent<'EventImageAdded', { eventId: string; image: EventImage }>;
export type EventImageRemoved = DomainEvent<'EventImageRemoved', { eventId: string; imageId: string }>;
export type EventImageAltChanged = DomainEvent<
  'EventImageAltChanged',
  { eventId: string; imageId: string; alt: string }
>;
/** `imageIds`: every gallery image, in the order the event page shows them. */
export type GalleryReordered = DomainEvent<'GalleryReordered', { eventId: string; imageIds: string[] }>;

/** A new version of the event's seating plan; `capacity` is what it sells. */
export type SeatingPlanSet = DomainEvent<
  'SeatingPlanSet',
  { eventId: string; planVersion: number; plan: SeatingPlan; capacity: number }
>;
/** The event goes back to a plain capacity (its last plan's). */
export type SeatingPlanCleared = DomainEvent<'SeatingPlanCleared', { eventId: string }>;

export type CatalogEvent =
  | EventCreated
  | EventPublished
  | EventDetailsUpdated
  | EventSubmitted
  | EventSubmissionWithdrawn
  | EventApproved
  | EventRejected
  | EventCancelled
  | EventCompleted
  | EventImageAdded
  | EventImageRemoved
  | EventImageAltChanged
  | GalleryReordered
  | SeatingPlanSet
  | SeatingPlanCleared;
export type CatalogEventType = CatalogEvent['type'];

/** Every catalog event type with its current schema version: a type missing here fails to compile. */
export const catalogSchema = eventSchema<CatalogEvent>({
  EventCreated: 1,
  EventPublished: 1,
  EventDetailsUpdated: 1,
  EventSubmitted: 1,
  EventSubmissionWithdrawn: 1,
  EventApproved: 1,
  EventRejected: 1,
  EventCancelled: 1,
  EventCompleted: 1,
  EventImageAdded: 1,
  EventImageRemoved: 1,
  EventImageAltChanged: 1,
  GalleryReordered: 1,
  SeatingPlanSet: 1,
  SeatingPlanCleared: 1,
});
export const catalogEventTypes = catalogSchema.eventTypes;
