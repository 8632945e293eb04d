import { inventoryContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/** Answers "which holds does this person have" and "which holds are due to expire". */
export type HoldDoc = Projected & {
  eventId: string;
  /** The inventory partition (seating-plan section) the hold is in; absent for events without a plan. */
  sectionId?: string;
  seatIds?: string[];
  holderId: string;
  quantity: number;
  expiresAt: string;
  /** 'checked-out': in a booking's checkout until `expiresAt` (its payment deadline); 'sold': the booking was confirmed. */
  status: 'active' | 'checked-out' | 'sold' | 'cancelled';
  /** The booking the hold was checked out to. */
  bookingId?: string;
  /** Places of a sold hold that came back on sale (cancelled tickets): `seatIds` and `quantity` no longer count them. */
  returned?: number;
  /** When the platform cancelled it (the event was cancelled), and why. */
  cancelledAt?: string;
  cancellationReason?: string;
  /** The hold is a waitlist offer (its id is the waitlist entry's). */
  waitlistOffer?: true;
};

export const holdsProjection = defineProjection<HoldDoc>()({
  name: 'holds',
  version: 6, // v6: released and expired holds are deleted; v5: waitlistOffer; v4: HoldCheckedOut, HoldCheckoutAbandoned, SeatsSold; v3: HoldCancelled
  reads: [inventoryContext],
  ignores: [
    'InventoryOpened',
    'InventoryReplanned',
    'InventoryClosed',
    'WaitlistJoined',
    'WaitlistLeft',
    'WaitlistCleared',
    'AllowanceReserved',
    'AllowanceReturned',
    'AllowanceExtended',
  ],
  keyOf: (event) => event.data.holdId,
  indexes: [
    { keys: { holderId: 1, status: 1 } },
    { keys: { status: 1, expiresAt: 1 } },
    { keys: { eventId: 1, status: 1 } },
  ],
  on: {
    SeatsHeld: (_doc, { data }) => {
      const { holdId, eventId, holderId, quantity, expiresAt, sectionId, seatIds, waitlistEntryId } = data;
      return {
        _id: holdId,
        eventId,
        ...(sectionId ? { sectionId } : {}),
        ...(seatIds ? { seatIds } : {}),
        holderId,
        quantity,
        expiresAt,
        status: 'active',
        ...(waitlistEntryId ? { waitlistOffer: true as const } : {}),
      };
    },
    HoldCheckedOut: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'checked-out',
        bookingId: data.bookingId,
        expiresAt: data.expiresAt,
      })),
    HoldCheckoutAbandoned: (doc, { data }) =>
      changed(doc, ({ bookingId: _abandoned, ...rest }) => ({ ...rest, status: 'active', expiresAt: data.expiresAt })),
    SeatsSold: (doc) => changed(doc, (rest) => ({ ...rest, status: 'sold' })),
    SoldSeatsReturned: (doc, { data }) =>
      changed(doc, (rest) => {
        const back = new Set(data.seatIds ?? []);
        return {
          ...rest,
          ...(rest.seatIds ? { seatIds: rest.seatIds.filter((seat) => !back.has(seat)) } : {}),
          quantity: Math.max(0, rest.quantity - data.quantity),
          returned: (rest.returned ?? 0) + data.quantity,
        };
      }),
    // No query reads a released or expired hold (a person's holds, seats taken, holds due to expire):
    // the document goes, so the read model holds what is live, not every hold ever placed.
    HoldReleased: () => null,
    HoldExpired: () => null,
    HoldCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'cancelled',
        cancelledAt: metadata.occurredAt,
        cancellationReason: data.reason,
      })),
  },
});
