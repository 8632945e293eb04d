import type { DomainCommand } from '../kernel';
import type { Partition } from './inventory.events';

export type OpenInventory = DomainCommand<
  'OpenInventory',
  Partition & { eventId: string; capacity: number; seatIds?: string[]; planVersion?: number }
>;
export type ReplanInventory = DomainCommand<
  'ReplanInventory',
  Partition & { eventId: string; capacity: number; seatIds?: string[]; planVersion: number }
>;
/**
 * What the organizer decided about selling an event, as the catalog says at the time of a hold:
 * the most places one order (hold) takes, when sales open and close, and the most places one
 * buyer may hold at once across orders and sections (none: no such limit).
 */
export type SalesRules = Readonly<{
  maxPerOrder: number;
  opensAt?: string;
  closesAt?: string;
  maxPerBuyer?: number;
  /** Buyers may pick seats that leave a single free seat between them and a taken one (off by default). */
  allowLoneSeats?: boolean;
  /** The organizer turned the waitlist off: nobody joins (it is on by default). */
  waitlistOff?: boolean;
  /** The buyer holds with an access code that grants presale: `opensAt` does not apply to them (docs/promo-codes.md). */
  presale?: boolean;
  /** This hold spends an approved group request for up to this many places (above maxPerOrder). */
  groupGrant?: number;
}>;

/**
 * `seatIds`: the seats wanted (seated partitions); without them a seated partition picks the best available.
 * `rules`: the event's sales rules, read from its catalog stream by the caller (the decider reads no other stream).
 */
export type HoldSeats = DomainCommand<
  'HoldSeats',
  Partition & {
    eventId: string;
    holdId: string;
    quantity: number;
    ttlSeconds: number;
    seatIds?: string[];
    rules: SalesRules;
    /** The access code the buyer holds with (its checks passed); a hold taken with it before sales open records it. */
    accessPromoId?: string;
  }
>;
export type ReleaseHold = DomainCommand<'ReleaseHold', { eventId: string; holdId: string }>;
export type ExpireHold = DomainCommand<'ExpireHold', { eventId: string; holdId: string }>;

/**
 * The holder (the actor) hands an active hold to a booking until `expiresAt`, its payment
 * deadline. Checking out again to the same booking is a no-op (a retried checkout).
 */
export type CheckOutHold = DomainCommand<
  'CheckOutHold',
  { eventId: string; holdId: string; bookingId: string; expiresAt: string }
>;
/** The checkout that took this hold was refused elsewhere: the hold is its holder's again, until its own expiry. */
export type AbandonCheckout = DomainCommand<'AbandonCheckout', { eventId: string; holdId: string; bookingId: string }>;
/** The booking was confirmed: the places of its checked-out hold become sold (again: a no-op). */
export type SellHold = DomainCommand<'SellHold', { eventId: string; holdId: string; bookingId: string }>;
/** The booking ended unpaid (or was cancelled): its checked-out hold goes back on sale; nothing if it is no longer its. */
export type ReleaseCheckedOutHold = DomainCommand<
  'ReleaseCheckedOutHold',
  { eventId: string; holdId: string; bookingId: string }
>;

/**
 * Tickets of the booking were cancelled: the places they were sold (of this hold) go back on
 * sale. A ticket already returned, or a hold not sold to the booking, returns nothing.
 */
export type ReturnSoldSeats = DomainCommand<
  'ReturnSoldSeats',
  { eventId: string; holdId: string; bookingId: string; tickets: { ticketId: string; seatId?: string }[] }
>;

/** Ends sales for good (the event was cancelled): active holds are cancelled with `reason`. */
export type CloseInventory = DomainCommand<'CloseInventory', Partition & { eventId: string; reason: string }>;

/** Join the partition's waitlist for `quantity` places (docs/waitlist.md). `rules` as for a hold. */
export type JoinWaitlist = DomainCommand<
  'JoinWaitlist',
  Partition & { eventId: string; entryId: string; quantity: number; rules: SalesRules }
>;
/** Leave the waitlist: its holder, or (`asOrganizer`, checked by the caller against the catalog) the event's organizer; admins. */
export type LeaveWaitlist = DomainCommand<'LeaveWaitlist', { eventId: string; entryId: string; asOrganizer?: boolean }>;
/**
 * Offer free places to the waitlist: each waiting entry, in join order, whose quantity fits what is
 * free gets a hold of its own (the offer) for `offerSeconds`. Nothing to offer: nothing appended.
 */
export type OfferWaitlist = DomainCommand<
  'OfferWaitlist',
  { eventId: string; offerSeconds: number; rules: SalesRules }
>;
/** Drop every waiting entry (the waitlist was turned off). */
export type ClearWaitlist = DomainCommand<'ClearWaitlist', { eventId: string; reason: string }>;

export type InventoryCommand =
  | OpenInventory
  | ReplanInventory
  | HoldSeats
  | ReleaseHold
  | ExpireHold
  | CloseInventory
  | CheckOutHold
  | AbandonCheckout
  | SellHold
  | ReleaseCheckedOutHold
  | ReturnSoldSeats
  | JoinWaitlist
  | LeaveWaitlist
  | OfferWaitlist
  | ClearWaitlist;
