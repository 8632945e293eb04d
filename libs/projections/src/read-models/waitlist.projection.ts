import { inventoryContext } from '@booking/domain';
import { changed, defineProjection, type Projected, toStoredPosition } from '../projection';

/**
 * One document per waitlist entry (docs/waitlist.md): who waits for how many places of which
 * event (and section), where they stand, and what became of the entry.
 * - waiting: in the queue; its place is the number of waiting entries of its partition that
 *   joined before it (joinedPosition), plus one.
 * - offered: places were held for the holder until `offer.expiresAt`; 'checking-out' once the
 *   holder started the checkout with them.
 * - booked: the offer's places were sold to the holder. lapsed: the offer (or its checkout)
 *   ran out; declined: the holder released the offer; left, cleared (the organizer closed the
 *   waitlist), cancelled (the event was cancelled).
 */
export type WaitlistEntryDoc = Projected & {
  eventId: string;
  sectionId?: string;
  holderId: string;
  quantity: number;
  joinedAt: string;
  /** The log position of WaitlistJoined: orders the queue of a partition. */
  joinedPosition: number;
  status: 'waiting' | 'offered' | 'checking-out' | 'booked' | 'lapsed' | 'declined' | 'left' | 'cleared' | 'cancelled';
  offer?: { offeredAt: string; expiresAt: string; seatIds?: string[]; bookingId?: string };
  endedAt?: string;
  /** Why it ended, for left (by whom), cleared and cancelled. */
  reason?: string;
};

export const waitlistProjection = defineProjection<WaitlistEntryDoc>()({
  name: 'waitlist',
  version: 1,
  reads: [inventoryContext],
  ignores: [
    'InventoryOpened',
    'InventoryReplanned',
    'InventoryClosed',
    'SoldSeatsReturned',
    'AllowanceReserved',
    'AllowanceReturned',
    'AllowanceExtended',
  ],
  keyOf: (event) => {
    switch (event.type) {
      case 'WaitlistJoined':
      case 'WaitlistLeft':
      case 'WaitlistCleared':
        return event.data.entryId;
      case 'SeatsHeld':
        return event.data.waitlistEntryId; // other holds are not the waitlist's
      default:
        return event.data.holdId; // an offer's hold id is its entry's id; other holds find no entry
    }
  },
  indexes: [{ keys: { holderId: 1, joinedPosition: -1 } }, { keys: { eventId: 1, status: 1, joinedPosition: 1 } }],
  on: {
    WaitlistJoined: (_doc, { data, metadata, position }) => ({
      _id: data.entryId,
      eventId: data.eventId,
      ...(data.sectionId ? { sectionId: data.sectionId } : {}),
      holderId: data.holderId,
      quantity: data.quantity,
      joinedAt: metadata.occurredAt,
      joinedPosition: toStoredPosition(position),
      status: 'waiting',
    }),
    WaitlistLeft: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'left',
        endedAt: metadata.occurredAt,
        reason: data.by === rest.holderId ? 'Left by the attendee' : 'Removed by the organizer',
      })),
    WaitlistCleared: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'cleared', endedAt: metadata.occurredAt, reason: data.reason })),
    SeatsHeld: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'offered',
        offer: {
          offeredAt: metadata.occurredAt,
          expiresAt: data.expiresAt,
          ...(data.seatIds ? { seatIds: data.seatIds } : {}),
        },
      })),
    HoldCheckedOut: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'checking-out',
        offer: { ...rest.offer!, expiresAt: data.expiresAt, bookingId: data.bookingId },
      })),
    HoldCheckoutAbandoned: (doc, { data }) =>
      changed(doc, (rest) => {
        const { bookingId: _gone, ...offer } = rest.offer!;
        return { ...rest, status: 'offered', offer: { ...offer, expiresAt: data.expiresAt } };
      }),
    SeatsSold: (doc, { metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'booked', endedAt: metadata.occurredAt })),
    HoldReleased: (doc, { metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'declined', endedAt: metadata.occurredAt })),
    HoldExpired: (doc, { metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'lapsed', endedAt: metadata.occurredAt })),
    HoldCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'cancelled', endedAt: metadata.occurredAt, reason: data.reason })),
  },
});
