import { type DomainEvent, eventSchema } from '../kernel';

/**
 * Where an inventory event happened: an event without a seating plan has one inventory (no
 * `sectionId`); with a plan, each section is a partition of its own stream. Seated partitions
 * name their seats. These fields were added to version 1 as optional: older events read as
 * the whole-event partition.
 */
export type Partition = { sectionId?: string };

export type InventoryOpened = DomainEvent<
  'InventoryOpened',
  Partition & { eventId: string; capacity: number; seatIds?: string[]; planVersion?: number }
>;
/** A published event's plan changed: the partition now sells these places (0 when its section left the plan). */
export type InventoryReplanned = DomainEvent<
  'InventoryReplanned',
  Partition & { eventId: string; capacity: number; seatIds?: string[]; planVersion: number }
>;
export type SeatsHeld = DomainEvent<
  'SeatsHeld',
  Partition & {
    eventId: string;
    holdId: string;
    holderId: string;
    quantity: number;
    expiresAt: string;
    seatIds?: string[];
    /** The hold is a waitlist offer to this entry (its id is the entry's); added to version 1 as optional. */
    waitlistEntryId?: string;
    /** Held before sales opened, with this access code (presale); its checkout must use the code. Added to version 1 as optional. */
    accessPromoId?: string;
  }
>;
export type HoldReleased = DomainEvent<
  'HoldReleased',
  Partition & { eventId: string; holdId: string; holderId: string; quantity: number; seatIds?: string[] }
>;
/** `bookingId`: the hold was checked out to that booking, which ended unpaid (added to version 1 as optional). */
export type HoldExpired = DomainEvent<
  'HoldExpired',
  Partition & {
    eventId: string;
    holdId: string;
    holderId: string;
    quantity: number;
    seatIds?: string[];
    bookingId?: string;
  }
>;

/**
 * The holder started a checkout: the hold now belongs to `bookingId` until `expiresAt` (the
 * booking's payment deadline). From here only the booking's process ends it: sold (SeatsSold),
 * or given back when the booking expires or is cancelled (HoldExpired with the booking id).
 */
export type HoldCheckedOut = DomainEvent<
  'HoldCheckedOut',
  Partition & {
    eventId: string;
    holdId: string;
    holderId: string;
    bookingId: string;
    quantity: number;
    expiresAt: string;
    seatIds?: string[];
  }
>;

/**
 * A checkout that could not take all its holds gives this one back to its holder as it was: an
 * ordinary hold again, until its own expiry (`expiresAt`, restored).
 */
export type HoldCheckoutAbandoned = DomainEvent<
  'HoldCheckoutAbandoned',
  Partition & {
    eventId: string;
    holdId: string;
    holderId: string;
    bookingId: string;
    quantity: number;
    expiresAt: string;
    seatIds?: string[];
  }
>;

/** The places of a checked-out hold are sold to its booking, for good. */
export type SeatsSold = DomainEvent<
  'SeatsSold',
  Partition & {
    eventId: string;
    holdId: string;
    holderId: string;
    bookingId: string;
    quantity: number;
    seatIds?: string[];
  }
>;

/**
 * Sold places of cancelled tickets go back on sale: `ticketIds` (the booking's, each returned
 * once), their seats (seated partitions) and how many.
 */
export type SoldSeatsReturned = DomainEvent<
  'SoldSeatsReturned',
  Partition & {
    eventId: string;
    holdId: string;
    bookingId: string;
    quantity: number;
    ticketIds: string[];
    seatIds?: string[];
  }
>;

/** A hold ended by the platform, not its holder (the event was cancelled); the holder is told why. */
export type HoldCancelled = DomainEvent<
  'HoldCancelled',
  Partition & {
    eventId: string;
    holdId: string;
    holderId: string;
    quantity: number;
    seatIds?: string[];
    reason: string;
    /** The booking the hold was checked out to, if any (added to version 1 as optional). */
    bookingId?: string;
  }
>;
/** Sales ended for good: nothing more can be held. Appended after the HoldCancelled of every active hold. */
export type InventoryClosed = DomainEvent<'InventoryClosed', Partition & { eventId: string; reason: string }>;

/** Someone waits for `quantity` places of this partition (docs/waitlist.md); entries are served in join order. */
export type WaitlistJoined = DomainEvent<
  'WaitlistJoined',
  Partition & { eventId: string; entryId: string; holderId: string; quantity: number }
>;
/** The entry left the waitlist before an offer: by its holder, or by the organizer or an admin (`by`). */
export type WaitlistLeft = DomainEvent<
  'WaitlistLeft',
  Partition & { eventId: string; entryId: string; holderId: string; quantity: number; by: string }
>;
/** The organizer turned the waitlist off (or sales ended): a waiting entry is dropped, with `reason` (one event per entry). */
export type WaitlistCleared = DomainEvent<
  'WaitlistCleared',
  Partition & { eventId: string; entryId: string; holderId: string; quantity: number; reason: string }
>;

export type InventoryEvent =
  | InventoryOpened
  | InventoryReplanned
  | SeatsHeld
  | HoldReleased
  | HoldExpired
  | HoldCancelled
  | InventoryClosed
  | HoldCheckedOut
  | HoldCheckoutAbandoned
  | SeatsSold
  | SoldSeatsReturned
  | WaitlistJoined
  | WaitlistLeft
  | WaitlistCleared;
export type InventoryEventType = InventoryEvent['type'];

export const inventorySchema = eventSchema<InventoryEvent>({
  InventoryOpened: 1,
  InventoryReplanned: 1,
  SeatsHeld: 1,
  HoldReleased: 1,
  HoldExpired: 1,
  HoldCancelled: 1,
  InventoryClosed: 1,
  HoldCheckedOut: 1,
  HoldCheckoutAbandoned: 1,
  SeatsSold: 1,
  SoldSeatsReturned: 1,
  WaitlistJoined: 1,
  WaitlistLeft: 1,
  WaitlistCleared: 1,
});
export const inventoryEventTypes = inventorySchema.eventTypes;
