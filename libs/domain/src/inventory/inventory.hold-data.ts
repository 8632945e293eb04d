import type { Hold, InventoryState } from './inventory.state';

/** The event data naming a hold and its places (HoldReleased, HoldExpired, HoldCancelled, the checkout's events). */
export function closing(eventId: string, state: InventoryState, holdId: string, hold: Hold) {
  return {
    eventId,
    ...(state.sectionId ? { sectionId: state.sectionId } : {}),
    holdId,
    holderId: hold.holderId,
    quantity: hold.quantity,
    ...(hold.seatIds ? { seatIds: [...hold.seatIds] } : {}),
    ...(hold.bookingId ? { bookingId: hold.bookingId } : {}),
  };
}
