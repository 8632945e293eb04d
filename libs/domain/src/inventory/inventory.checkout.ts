import { type CommandMetadata, DomainError } from '../kernel';
import type {
  AbandonCheckout,
  CheckOutHold,
  ReleaseCheckedOutHold,
  ReturnSoldSeats,
  SellHold,
} from './inventory.commands';
import type { InventoryEvent } from './inventory.events';
import { closing } from './inventory.hold-data';
import { type Hold, type InventoryState, isActive } from './inventory.state';

/**
 * Checkout (docs/booking.md, "Seat takeover"): the holder hands a hold to a booking, which then
 * alone ends it: sold when the booking is confirmed, given back when it expires or is cancelled,
 * or restored as an ordinary hold when the checkout itself is refused halfway.
 */

export const checkedOut = (holdId: string) =>
  DomainError.conflict('inventory.hold-checked-out', `Hold ${holdId} is already in a checkout`, { holdId });

/**
 * Only the holder checks out their own active hold, once: the hold then lasts until the booking's
 * payment deadline (which may be sooner or later than its own expiry) and belongs to the booking.
 */
export function checkOutHold({ data, metadata }: CheckOutHold, state: InventoryState): InventoryEvent[] {
  const hold = checkoutable(state, data.holdId, data.bookingId, metadata);
  if (hold.bookingId === data.bookingId) return [];
  const deadline = Date.parse(data.expiresAt);
  if (!Number.isFinite(deadline) || deadline <= metadata.now.getTime()) {
    throw DomainError.validation('inventory.bad-deadline', 'A checkout lasts until a deadline in the future');
  }
  const { holdId, bookingId } = data;
  const { eventId, sectionId, holderId, quantity, seatIds } = closing(data.eventId, state, holdId, hold);
  return [
    {
      type: 'HoldCheckedOut',
      data: {
        eventId,
        ...(sectionId ? { sectionId } : {}),
        holdId,
        holderId,
        bookingId,
        quantity,
        expiresAt: new Date(deadline).toISOString(),
        ...(seatIds ? { seatIds } : {}),
      },
    },
  ];
}

/**
 * The hold a checkout may take: active, the actor's own (another person's reads as none), and
 * not in another checkout (already in this booking's: a retry). The checkout use case asks this
 * of every hold before it writes anything, so a refused checkout changes nothing.
 */
export function checkoutable(
  state: InventoryState,
  holdId: string,
  bookingId: string,
  metadata: CommandMetadata,
): Hold {
  const hold = state.holds.get(holdId);
  if (!isActive(hold, metadata.now) || hold.holderId !== metadata.actor.userId) {
    throw DomainError.notFound('inventory.hold-not-found', `No active hold ${holdId}`, { holdId });
  }
  if (hold.bookingId !== undefined && hold.bookingId !== bookingId) throw checkedOut(holdId);
  return hold;
}

/** Gives a hold checked out to this booking back to its holder, with its own expiry; nothing otherwise. */
export function abandonCheckout({ data }: AbandonCheckout, state: InventoryState): InventoryEvent[] {
  const hold = state.holds.get(data.holdId);
  if (!hold || hold.bookingId !== data.bookingId) return [];
  const { eventId, sectionId, holderId, quantity, seatIds } = closing(data.eventId, state, data.holdId, hold);
  return [
    {
      type: 'HoldCheckoutAbandoned',
      data: {
        eventId,
        ...(sectionId ? { sectionId } : {}),
        holdId: data.holdId,
        holderId,
        bookingId: data.bookingId,
        quantity,
        expiresAt: new Date(hold.heldUntil ?? hold.expiresAt).toISOString(),
        ...(seatIds ? { seatIds } : {}),
      },
    },
  ];
}

/**
 * Sells what a hold checked out to this booking has. Selling it again, or a hold no longer the
 * booking's (the platform cancelled it meanwhile: its HoldCancelled cancels the booking and asks
 * for the refund), is a no-op: the booking-seats policy sends one SellHold per hold, always, so its
 * commands keep their order (and their idempotency tags) when it runs again.
 */
export function sellHold({ data }: SellHold, state: InventoryState): InventoryEvent[] {
  if (state.soldHolds.get(data.holdId) === data.bookingId) return [];
  const hold = state.holds.get(data.holdId);
  if (!hold || hold.bookingId !== data.bookingId) return [];
  return [
    { type: 'SeatsSold', data: { ...closing(data.eventId, state, data.holdId, hold), bookingId: data.bookingId } },
  ];
}

/** The booking ended unpaid: its hold goes back on sale. Nothing when the hold is no longer the booking's. */
export function releaseCheckedOutHold({ data }: ReleaseCheckedOutHold, state: InventoryState): InventoryEvent[] {
  const hold = state.holds.get(data.holdId);
  if (!hold || hold.bookingId !== data.bookingId) return [];
  return [{ type: 'HoldExpired', data: closing(data.eventId, state, data.holdId, hold) }];
}

/**
 * Cancelled tickets' places go back on sale: only places this hold sold to this booking, each
 * ticket once (a re-run, or a ticket already returned, returns nothing), a seat only while sold.
 */
export function returnSoldSeats({ data }: ReturnSoldSeats, state: InventoryState): InventoryEvent[] {
  if (state.soldHolds.get(data.holdId) !== data.bookingId) return [];
  const seen = new Set<string>();
  const tickets = data.tickets.filter((t) => {
    if (seen.has(t.ticketId) || state.returnedTickets.has(t.ticketId)) return false;
    seen.add(t.ticketId);
    return state.kind !== 'seated' || (t.seatId !== undefined && state.soldSeats.has(t.seatId));
  });
  if (tickets.length === 0) return [];
  const seatIds = tickets.flatMap((t) => (t.seatId ? [t.seatId] : []));
  return [
    {
      type: 'SoldSeatsReturned',
      data: {
        eventId: data.eventId,
        ...(state.sectionId ? { sectionId: state.sectionId } : {}),
        holdId: data.holdId,
        bookingId: data.bookingId,
        quantity: tickets.length,
        ticketIds: tickets.map((t) => t.ticketId),
        ...(state.kind === 'seated' ? { seatIds } : {}),
      },
    },
  ];
}

/** Whether a hold is checked out to a booking and not yet sold or ended: what SellHold needs. */
export function isCheckedOutTo(state: InventoryState, holdId: string, bookingId: string): boolean {
  return state.holds.get(holdId)?.bookingId === bookingId;
}
