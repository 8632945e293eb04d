import { bookingContext, bookingNumber, checkinContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

export type DoorScanDoc = { at: string; gate: string; scannerId?: string };
/** `scanNonce`: the scan that revealed it (the later upload); a replay of its event changes nothing. */
export type DoubleUseDoc = {
  scanNonce: string;
  first: DoorScanDoc;
  second: DoorScanDoc;
  admitted: boolean;
  recordedAt: string;
};
/** A ticket's code revoked up to `reissue` (every code of the ticket so far), as scanners sync it. */
export type TicketRevocationDoc = { reissue: number; reason: 'cancelled' | 'reissued'; at: string };

export type DoorTicketDoc = {
  ticketId: string;
  sectionId?: string;
  seatId?: string;
  /** The name given for this place; the buyer's name stands for it when absent. */
  attendeeName?: string;
  checkedIn?: DoorScanDoc & { offline: boolean };
  doubleUses: DoubleUseDoc[];
  revoked?: TicketRevocationDoc;
};

/**
 * The door's view of an event's bookings, one document per booking: who holds which ticket, which
 * were used (first use, double uses), which were revoked. Answers the check-in counts, the door's
 * attendee search and the revocation list scanners sync. Names are decrypted personal data, as in
 * the bookings read model (docs/personal-data.md).
 */
export type CheckInDoc = Projected & {
  eventId: string;
  bookingNumber: string;
  buyerName: string;
  status: 'pending-payment' | 'confirmed' | 'expired' | 'cancelled';
  /** Tickets were issued (the booking was confirmed at some point): only then do codes exist. */
  issued: boolean;
  tickets: DoorTicketDoc[];
};

export const checkInsProjection = defineProjection<CheckInDoc>()({
  name: 'check-ins',
  version: 2, // v2: partial cancellations (TicketsCancelled, BookingCancelled's tickets); the random-tail booking number
  reads: [bookingContext, checkinContext],
  ignores: ['BookingPaymentStarted', 'BookingPaymentDeclined', 'RefundRequested', 'PaymentSucceeded', 'PaymentFailed'],
  keyOf: (event) => event.data.bookingId,
  indexes: [{ keys: { eventId: 1, bookingNumber: 1 } }],
  on: {
    BookingPlaced: (_doc, { data }) => {
      const names = Array.isArray(data.attendeeNames) ? data.attendeeNames : [];
      return {
        _id: data.bookingId,
        eventId: data.eventId,
        bookingNumber: bookingNumber(data.bookingId),
        buyerName: data.buyerName,
        status: 'pending-payment',
        issued: false,
        tickets: data.tickets.map(({ ticketId, sectionId, seatId }, i) => ({
          ticketId,
          ...(sectionId ? { sectionId } : {}),
          ...(seatId ? { seatId } : {}),
          ...(names[i] ? { attendeeName: names[i] } : {}),
          doubleUses: [],
        })),
      };
    },
    BookingConfirmed: (doc) => changed(doc, (rest) => ({ ...rest, status: 'confirmed', issued: true })),
    BookingExpired: (doc, { metadata }) =>
      changed(doc, (rest) => revokeTickets({ ...rest, status: 'expired' }, 'all', metadata.occurredAt)),
    // An old BookingCancelled names no tickets: every ticket of the booking is void.
    BookingCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) =>
        revokeTickets(
          { ...rest, status: 'cancelled' },
          data.tickets ? data.tickets.map((t) => t.ticketId) : 'all',
          metadata.occurredAt,
        ),
      ),
    // Some tickets of a confirmed booking: the booking stays confirmed, those codes stop admitting.
    TicketsCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) =>
        revokeTickets(
          rest,
          data.tickets.map((t) => t.ticketId),
          metadata.occurredAt,
        ),
      ),
    TicketCheckedIn: (doc, { data }) =>
      changed(doc, (rest) =>
        withTicket(rest, data.ticketId, (ticket) => ({
          ...ticket,
          checkedIn: { ...scanOf(data), offline: data.offline },
        })),
      ),
    DoubleUseDetected: (doc, { data, metadata }) =>
      changed(doc, (rest) =>
        withTicket(rest, data.ticketId, (ticket) => ({
          ...ticket,
          // The earlier scan by device time is the first use from now on.
          checkedIn:
            ticket.checkedIn && ticket.checkedIn.at <= data.first.scannedAt
              ? ticket.checkedIn
              : { ...scanOf(data.first), offline: ticket.checkedIn?.offline ?? true },
          doubleUses: [
            ...ticket.doubleUses.filter((d) => d.scanNonce !== data.scanNonce),
            {
              scanNonce: data.scanNonce,
              first: scanOf(data.first),
              second: scanOf(data.second),
              admitted: data.admitted,
              recordedAt: metadata.occurredAt,
            },
          ],
        })),
      ),
  },
});

/**
 * The one place a ticket's code is revoked: a booking that ended after its tickets were issued
 * revokes them all (`'all'`); an event revoking some tickets (a partial cancellation, a reissue)
 * names them. Tickets of a booking never confirmed had no code: nothing to revoke.
 */
export function revokeTickets<D extends { issued: boolean; tickets: DoorTicketDoc[] }>(
  doc: D,
  ticketIds: readonly string[] | 'all',
  at: string,
  reason: TicketRevocationDoc['reason'] = 'cancelled',
  reissue = 0,
): D {
  if (!doc.issued) return doc;
  const named = ticketIds === 'all' ? undefined : new Set(ticketIds);
  return {
    ...doc,
    tickets: doc.tickets.map((ticket) =>
      (named && !named.has(ticket.ticketId)) || (ticket.revoked && ticket.revoked.reissue >= reissue)
        ? ticket
        : { ...ticket, revoked: { reissue, reason, at } },
    ),
  };
}

function withTicket<D extends { tickets: DoorTicketDoc[] }>(
  doc: D,
  ticketId: string,
  change: (ticket: DoorTicketDoc) => DoorTicketDoc,
): D {
  return { ...doc, tickets: doc.tickets.map((t) => (t.ticketId === ticketId ? change(t) : t)) };
}

function scanOf(scan: { scannedAt: string; gate: string; scannerId?: string }): DoorScanDoc {
  return { at: scan.scannedAt, gate: scan.gate, ...(scan.scannerId ? { scannerId: scan.scannerId } : {}) };
}
