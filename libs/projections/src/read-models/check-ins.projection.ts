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
  /** The current code's counter (absent: the first, 0); the codes below it are revoked as 'reissued'. */
  reissue?: number;
  /** Set once the ticket was given to another person (`attendeeName` is then theirs). */
  transferredAt?: string;
  revoked?: TicketRevocationDoc;
};

/** The ticket admits no longer: its current code is revoked (a reissue revokes only the older ones). */
export const ticketRevoked = (ticket: Pick<DoorTicketDoc, 'revoked' | 'reissue'>): boolean =>
  !!ticket.revoked && ticket.revoked.reissue >= (ticket.reissue ?? 0);

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
  version: 3, // v3: transferred and reissued tickets (new holder, older codes revoked); v2: partial cancellations (TicketsCancelled, BookingCancelled's tickets); the random-tail booking number
  reads: [bookingContext, checkinContext],
  ignores: [
    'RefundOpened',
    'RefundSent',
    'RefundSucceeded',
    'RefundFailed',
    'RefundResolvedManually',
    'BookingPaymentStarted',
    'BookingPaymentDeclined',
    'RefundRequested',
    'PaymentIntentCreated',
    'PaymentActionRequired',
    'PaymentProcessing',
    'PaymentSucceeded',
    'PaymentFailed',
    'PaymentCanceled',
  ],
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
    // A new code: every older one is revoked ('reissued'); the transferred ticket names its new holder.
    TicketTransferred: (doc, { data, metadata }) =>
      changed(doc, (rest) =>
        reissueTicket(rest, data.ticketId, data.reissue, metadata.occurredAt, (ticket) => ({
          ...ticket,
          attendeeName: data.toName,
          transferredAt: metadata.occurredAt,
        })),
      ),
    TicketReissued: (doc, { data, metadata }) =>
      changed(doc, (rest) => reissueTicket(rest, data.ticketId, data.reissue, metadata.occurredAt)),
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
 * A cancellation revokes a ticket's current code (and so every older one): a booking that ended
 * after its tickets were issued revokes them all (`'all'`); a partial cancellation names them.
 * Tickets of a booking never confirmed had no code: nothing to revoke.
 */
export function revokeTickets<D extends { issued: boolean; tickets: DoorTicketDoc[] }>(
  doc: D,
  ticketIds: readonly string[] | 'all',
  at: string,
): D {
  if (!doc.issued) return doc;
  const named = ticketIds === 'all' ? undefined : new Set(ticketIds);
  return {
    ...doc,
    tickets: doc.tickets.map((ticket) => {
      const reissue = ticket.reissue ?? 0;
      return (named && !named.has(ticket.ticketId)) || (ticket.revoked && ticket.revoked.reissue >= reissue)
        ? ticket
        : { ...ticket, revoked: { reissue, reason: 'cancelled', at } };
    }),
  };
}

/** A ticket's new code `reissue`: the codes below it are revoked as 'reissued'. Replaying it changes nothing. */
function reissueTicket<D extends { tickets: DoorTicketDoc[] }>(
  doc: D,
  ticketId: string,
  reissue: number,
  at: string,
  change: (ticket: DoorTicketDoc) => DoorTicketDoc = (ticket) => ticket,
): D {
  return withTicket(doc, ticketId, (ticket) =>
    (ticket.reissue ?? 0) >= reissue
      ? ticket
      : {
          ...change(ticket),
          reissue,
          ...(ticket.revoked && ticket.revoked.reissue >= reissue - 1
            ? {}
            : { revoked: { reissue: reissue - 1, reason: 'reissued', at } }),
        },
  );
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
