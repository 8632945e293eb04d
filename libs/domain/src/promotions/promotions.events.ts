import { type DomainEvent, type Money, eventSchema } from '../kernel';

/**
 * What a code takes off: a percentage of each eligible ticket, an amount off the eligible tickets
 * together, or one eligible ticket free (the cheapest).
 */
export type PromoDiscount =
  | Readonly<{ kind: 'percent'; percent: number }>
  | Readonly<{ kind: 'amount'; amount: Money }>
  | Readonly<{ kind: 'free-ticket' }>
  /** An access code that takes nothing off (added to version 1: older codes all have a discount). */
  | Readonly<{ kind: 'none' }>;

/**
 * What an access code opens (docs/promo-codes.md, "Access codes"): hidden price tiers of the
 * organizer's events, and holds before an event's sales open (presale). Added to version 1 as optional.
 */
export type PromoAccess = Readonly<{
  /** Hidden price tiers the code shows and sells (ids as the events name them). */
  tierIds?: readonly string[];
  /** Holds before the event's sales window opens. */
  presale?: boolean;
}>;

/** The rules a code was created with; every limit is optional. */
export type PromoTerms = Readonly<{
  discount: PromoDiscount;
  /** Bookings that may use it at once (a booking that expires or is cancelled gives its use back). */
  maxUses?: number;
  /** Bookings one buyer may use it for. */
  maxUsesPerBuyer?: number;
  validFrom?: string;
  validUntil?: string;
  /** Only these events of the organizer (all of theirs when absent). */
  eventIds?: readonly string[];
  /** Only tickets of these price tiers (every tier when absent). */
  tierIds?: readonly string[];
  /** An access code: what it unlocks besides (or instead of) a discount. */
  access?: PromoAccess;
}>;

/** An organizer's code: `code` is upper case, unique per organizer (the stream id derives from both). */
export type PromoCodeCreated = DomainEvent<
  'PromoCodeCreated',
  PromoTerms & { promoId: string; organizerId: string; code: string }
>;
export type PromoCodeDisabled = DomainEvent<'PromoCodeDisabled', { promoId: string; by: string }>;
/** A checkout used the code: one use, counted here before the booking is placed. */
export type PromoCodeRedeemed = DomainEvent<
  'PromoCodeRedeemed',
  { promoId: string; bookingId: string; buyerId: string; eventId: string; discount: Money }
>;
/** The booking that used the code expired or was cancelled, or its checkout was undone: the use comes back. */
export type PromoCodeReleased = DomainEvent<
  'PromoCodeReleased',
  { promoId: string; bookingId: string; reason: string }
>;

export type PromotionEvent = PromoCodeCreated | PromoCodeDisabled | PromoCodeRedeemed | PromoCodeReleased;
export type PromotionEventType = PromotionEvent['type'];

export const promotionsSchema = eventSchema<PromotionEvent>({
  PromoCodeCreated: 1,
  PromoCodeDisabled: 1,
  PromoCodeRedeemed: 1,
  PromoCodeReleased: 1,
});
export const promotionEventTypes = promotionsSchema.eventTypes;
