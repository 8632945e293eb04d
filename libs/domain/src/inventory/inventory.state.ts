import { assertNever } from '../kernel';
import { type Expiry, popExpiry, pushExpiry } from './expiry-heap';
import type { InventoryEvent } from './inventory.events';
import { type SeatRows, seatRows } from './seat-choice';

/**
 * `bookingId`: the hold was checked out to that booking (HoldCheckedOut). Such a hold stays taken
 * past its `expiresAt` until the booking's process sells it or gives it back: the booking stream,
 * not the clock, decides whether a late payment still gets the seats (docs/booking.md).
 */
export type Hold = Readonly<{
  holderId: string;
  quantity: number;
  expiresAt: number;
  seatIds?: readonly string[];
  bookingId?: string;
  /** A checked-out hold's own expiry before the checkout (restored if the checkout is abandoned). */
  heldUntil?: number;
  /** Held in presale with this access code: the checkout must use it (its use is counted there). */
  accessPromoId?: string;
}>;

/** Someone waiting for places (WaitlistJoined), until offered a hold, gone, or cleared. */
export type WaitlistEntry = Readonly<{ entryId: string; holderId: string; quantity: number }>;

/**
 * One inventory partition: a whole event without a seating plan (`general`), or one section of
 * its plan, either `general` (standing: a capacity) or `seated` (named seats).
 */
export type InventoryState = Readonly<{
  /** 'closed': not opened yet; 'open': on sale; 'ended': closed for good (InventoryClosed). */
  status: 'closed' | 'open' | 'ended';
  kind: 'general' | 'seated';
  sectionId?: string;
  planVersion: number;
  capacity: number;
  /** Seated partitions: sellable seats in plan order (rows front to back, seats along the row), by row (seat-choice.ts). */
  seatRows: SeatRows;
  sellable: ReadonlySet<string>;
  /** Seat id → the hold that has it (may be past expiry: check the hold). */
  seatHolds: Map<string, string>;
  /** Places sold (SeatsSold): never free again. */
  sold: number;
  /** Seated partitions: the seats sold. */
  soldSeats: Set<string>;
  /** Hold id → the booking its places were sold to. */
  soldHolds: Map<string, string>;
  /** Tickets whose sold places came back (SoldSeatsReturned): never returned twice. */
  returnedTickets: Set<string>;
  /** Seats in holds that have not been released or expired by an event (some may be past expiry). */
  held: number;
  holds: Map<string, Hold>;
  /** Ids of holds released or expired by an event; never reused. */
  closedHoldIds: Set<string>;
  /** Earliest expiry among `holds` (ms); while `now` is before it, no hold has lapsed. */
  earliestExpiry: number;
  /** Min-heap of hold expiries behind `earliestExpiry` (may hold entries of removed holds). */
  expiries: Expiry[];
  /**
   * Waiting entries by id, in join order (a Map keeps insertion order); their places are not for
   * sale to anyone else (`publicFreeSeats`). Grown and shrunk in place: one join or departure is
   * one Map operation, not a copy of everyone waiting.
   */
  waitlist: Map<string, WaitlistEntry>;
  /** The waiting entry of each person (one each), by holder id. */
  waitingHolders: Map<string, string>;
  /** Places the waiting entries ask for, together. */
  waiting: number;
  /** Every entry id this partition has seen: one never joins twice. */
  waitlistIds: Set<string>;
}>;

export const initialInventoryState = (): InventoryState => ({
  status: 'closed',
  kind: 'general',
  planVersion: 0,
  capacity: 0,
  seatRows: [],
  sellable: new Set(),
  seatHolds: new Map(),
  sold: 0,
  soldSeats: new Set(),
  soldHolds: new Map(),
  returnedTickets: new Set(),
  held: 0,
  holds: new Map(),
  closedHoldIds: new Set(),
  earliestExpiry: Number.POSITIVE_INFINITY,
  expiries: [],
  waitlist: new Map(),
  waitingHolders: new Map(),
  waiting: 0,
  waitlistIds: new Set(),
});

/** Free places at `now`: a hold past its expiry counts as free even before HoldExpired is appended. */
export function freeSeats(state: InventoryState, now: Date): number {
  const at = now.getTime();
  if (at < state.earliestExpiry) return Math.max(0, state.capacity - state.held - state.sold);
  let active = 0;
  for (const hold of state.holds.values()) if (isActive(hold, now)) active += hold.quantity;
  return Math.max(0, state.capacity - active - state.sold);
}

/** Places waiting entries ask for. */
export const waitingPlaces = (state: InventoryState) => state.waiting;

/**
 * Free places anyone may hold: those the waitlist does not wait for. While people wait, places
 * that free up are theirs first (pretix counts its waiting list against the quota the same way).
 */
export function publicFreeSeats(state: InventoryState, now: Date): number {
  return Math.max(0, freeSeats(state, now) - waitingPlaces(state));
}

/** Active: before its expiry, or checked out to a booking (only the booking's process ends it then). */
export function isActive(hold: Hold | undefined, now: Date): hold is Hold {
  return hold !== undefined && (hold.bookingId !== undefined || hold.expiresAt > now.getTime());
}

/** Whether a seat is sold, or in an active hold at `now`. */
export function isTaken(state: InventoryState, seatId: string, now: Date): boolean {
  if (state.soldSeats.has(seatId)) return true;
  const holdId = state.seatHolds.get(seatId);
  return holdId !== undefined && isActive(state.holds.get(holdId), now);
}

// evolve reuses the holds map, closed ids and expiry heap of the state it is given (see Decider):
// a flash sale folds tens of thousands of holds, and copying them per event would make the fold
// quadratic. For the same reason the earliest expiry comes from a heap, not a rescan of the map.
export function evolveInventory(state: InventoryState, event: InventoryEvent): InventoryState {
  switch (event.type) {
    case 'InventoryOpened':
    case 'InventoryReplanned': {
      const { capacity, seatIds, sectionId, planVersion } = event.data;
      return {
        ...state,
        status: 'open',
        kind: seatIds ? 'seated' : 'general',
        sectionId,
        planVersion: planVersion ?? state.planVersion,
        capacity,
        seatRows: seatRows(seatIds ?? []),
        sellable: new Set(seatIds ?? []),
      };
    }
    case 'SeatsHeld': {
      const { holdId, holderId, quantity, seatIds, waitlistEntryId, accessPromoId } = event.data;
      const expiresAt = Date.parse(event.data.expiresAt);
      state.holds.set(holdId, {
        holderId,
        quantity,
        expiresAt,
        ...(seatIds ? { seatIds } : {}),
        ...(accessPromoId ? { accessPromoId } : {}),
      });
      for (const seat of seatIds ?? []) state.seatHolds.set(seat, holdId);
      pushExpiry(state.expiries, { at: expiresAt, holdId });
      return {
        ...state,
        held: state.held + quantity,
        earliestExpiry: Math.min(state.earliestExpiry, expiresAt),
        ...(waitlistEntryId ? { waiting: state.waiting - takeOffWaitlist(state, waitlistEntryId) } : {}),
      };
    }
    case 'HoldReleased':
    case 'HoldExpired':
    case 'HoldCancelled':
      return removeHold(state, event.data.holdId);
    case 'HoldCheckedOut': {
      const hold = state.holds.get(event.data.holdId);
      if (!hold) return state;
      const expiresAt = Date.parse(event.data.expiresAt);
      state.holds.set(event.data.holdId, {
        ...hold,
        expiresAt,
        bookingId: event.data.bookingId,
        heldUntil: hold.expiresAt,
      });
      pushExpiry(state.expiries, { at: expiresAt, holdId: event.data.holdId });
      return { ...state, earliestExpiry: earliestOf(state) };
    }
    case 'HoldCheckoutAbandoned': {
      const hold = state.holds.get(event.data.holdId);
      if (!hold) return state;
      const expiresAt = Date.parse(event.data.expiresAt);
      const { holderId, quantity, seatIds, accessPromoId } = hold;
      state.holds.set(event.data.holdId, {
        holderId,
        quantity,
        expiresAt,
        ...(seatIds ? { seatIds } : {}),
        ...(accessPromoId ? { accessPromoId } : {}),
      });
      pushExpiry(state.expiries, { at: expiresAt, holdId: event.data.holdId });
      return { ...state, earliestExpiry: earliestOf(state) };
    }
    case 'SeatsSold': {
      const { holdId, bookingId, quantity, seatIds } = event.data;
      const removed = removeHold(state, holdId);
      for (const seat of seatIds ?? []) removed.soldSeats.add(seat);
      removed.soldHolds.set(holdId, bookingId);
      return { ...removed, sold: removed.sold + quantity };
    }
    case 'SoldSeatsReturned': {
      const { quantity, seatIds, ticketIds } = event.data;
      for (const seat of seatIds ?? []) state.soldSeats.delete(seat);
      for (const ticketId of ticketIds) state.returnedTickets.add(ticketId);
      return { ...state, sold: Math.max(0, state.sold - quantity) };
    }
    case 'InventoryClosed':
      return { ...state, status: 'ended' };
    case 'WaitlistJoined': {
      const { entryId, holderId, quantity } = event.data;
      state.waitlistIds.add(entryId);
      state.waitlist.set(entryId, { entryId, holderId, quantity });
      state.waitingHolders.set(holderId, entryId);
      return { ...state, waiting: state.waiting + quantity };
    }
    case 'WaitlistLeft':
    case 'WaitlistCleared':
      return { ...state, waiting: state.waiting - takeOffWaitlist(state, event.data.entryId) };
    default:
      return assertNever(event);
  }
}

/** Takes an entry off the waitlist (offered, left or cleared); the places it asked for (0 if it was not waiting). */
function takeOffWaitlist(state: InventoryState, entryId: string): number {
  const entry = state.waitlist.get(entryId);
  if (!entry) return 0;
  state.waitlist.delete(entryId);
  if (state.waitingHolders.get(entry.holderId) === entryId) state.waitingHolders.delete(entry.holderId);
  return entry.quantity;
}

function removeHold(state: InventoryState, holdId: string): InventoryState {
  const hold = state.holds.get(holdId);
  if (!hold) return state;
  state.holds.delete(holdId);
  state.closedHoldIds.add(holdId);
  for (const seat of hold.seatIds ?? []) if (state.seatHolds.get(seat) === holdId) state.seatHolds.delete(seat);
  return { ...state, held: state.held - hold.quantity, earliestExpiry: earliestOf(state) };
}

/** The earliest expiry of a hold still there: stale heap entries (removed or re-dated holds) are dropped from the top. */
function earliestOf(state: InventoryState): number {
  const { expiries, holds } = state;
  while (expiries.length > 0 && holds.get(expiries[0].holdId)?.expiresAt !== expiries[0].at) popExpiry(expiries);
  return expiries[0]?.at ?? Number.POSITIVE_INFINITY;
}
