import { type Money, bookingContext, bookingNumber } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/** One ticket of an order as the organizer's list and CSV show it. */
export type OrderTicketDoc = {
  ticketId: string;
  sectionId?: string;
  seatId?: string;
  tierId: string;
  tierName: string;
  price: Money;
  /** As given at checkout; absent when none was given (the buyer's name is printed then). */
  attendeeName?: string;
  /** Set once the ticket was cancelled (alone, or with its booking). */
  cancelledAt?: string;
  /** The holder it was transferred to (`attendeeName` is then theirs), and when. */
  holderEmail?: string;
  transferredAt?: string;
  /** The current code's counter, once transferred or reissued (absent: the first code). */
  reissue?: number;
  reissuedAt?: string;
};

export type OrderStatus = 'pending-payment' | 'confirmed' | 'expired' | 'cancelled';

/**
 * The organizer's and admin's view of a booking (issue 11): one document per booking, found by its
 * event. Kept apart from `bookings` (the buyer's view) so each can change shape on its own.
 * `search` holds, lower case, what `?q=` matches: buyer name and e-mail, attendee names and the
 * booking number. Personal data arrives decrypted; an erased buyer reads as `[erased]` after a
 * rebuild, as in `bookings` (docs/personal-data.md).
 */
export type EventOrderDoc = Projected & {
  eventId: string;
  /** The booking id's last 8 hex digits (its random tail), upper case: what is printed on the tickets. */
  bookingNumber: string;
  status: OrderStatus;
  statusReason?: string;
  buyerId: string;
  buyerName: string;
  buyerEmail: string;
  ticketCount: number;
  total: Money;
  tickets: OrderTicketDoc[];
  placedAt: string;
  confirmedAt?: string;
  endedAt?: string;
  search: string;
};

export const eventOrdersProjection = defineProjection<EventOrderDoc>()({
  name: 'event-orders',
  version: 3, // v3: transferred and reissued tickets (holder, reissue counter); v2: cancelled tickets
  reads: [bookingContext],
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
  indexes: [{ keys: { eventId: 1, placedAt: -1 } }, { keys: { eventId: 1, status: 1 } }, { keys: { placedAt: -1 } }],
  on: {
    BookingPlaced: (_doc, { data, metadata }) => {
      // An erased buyer's names read as one '[erased]' string, not a list (docs/personal-data.md).
      const names = Array.isArray(data.attendeeNames) ? data.attendeeNames : [];
      const tickets: OrderTicketDoc[] = data.tickets.map((ticket, i) => ({
        ticketId: ticket.ticketId,
        ...(ticket.sectionId !== undefined ? { sectionId: ticket.sectionId } : {}),
        ...(ticket.seatId !== undefined ? { seatId: ticket.seatId } : {}),
        tierId: ticket.tierId,
        tierName: ticket.tierName,
        price: ticket.price,
        ...(names[i] ? { attendeeName: names[i] } : {}),
      }));
      const number = bookingNumber(data.bookingId);
      return {
        _id: data.bookingId,
        eventId: data.eventId,
        bookingNumber: number,
        status: 'pending-payment',
        buyerId: data.buyerId,
        buyerName: data.buyerName,
        buyerEmail: data.buyerEmail,
        ticketCount: tickets.length,
        total: data.total,
        tickets,
        placedAt: metadata.occurredAt,
        search: searchText([data.buyerName, data.buyerEmail, number, ...tickets.map((t) => t.attendeeName ?? '')]),
      };
    },
    BookingConfirmed: (doc, { metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'confirmed', confirmedAt: metadata.occurredAt })),
    BookingExpired: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'expired', statusReason: data.reason, endedAt: metadata.occurredAt })),
    BookingCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'cancelled',
        statusReason: data.reason,
        endedAt: metadata.occurredAt,
        tickets: withCancelled(
          rest.tickets,
          data.tickets?.map((t) => t.ticketId),
          metadata.occurredAt,
        ),
      })),
    // Some tickets of a confirmed booking: it stays confirmed with fewer valid tickets.
    TicketsCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) => {
        const tickets = withCancelled(
          rest.tickets,
          data.tickets.map((t) => t.ticketId),
          metadata.occurredAt,
        );
        return { ...rest, tickets, ticketCount: tickets.filter((t) => !t.cancelledAt).length };
      }),
    // The new holder is searchable by name and address, as the attendees are.
    TicketTransferred: (doc, { data, metadata }) =>
      changed(doc, (rest) => {
        const tickets = rest.tickets.map((t) =>
          t.ticketId === data.ticketId
            ? {
                ...t,
                attendeeName: data.toName,
                holderEmail: data.toEmail,
                transferredAt: metadata.occurredAt,
                reissue: data.reissue,
              }
            : t,
        );
        return {
          ...rest,
          tickets,
          search: searchText([
            rest.buyerName,
            rest.buyerEmail,
            rest.bookingNumber,
            ...tickets.flatMap((t) => [t.attendeeName ?? '', t.holderEmail ?? '']),
          ]),
        };
      }),
    TicketReissued: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        tickets: rest.tickets.map((t) =>
          t.ticketId === data.ticketId ? { ...t, reissue: data.reissue, reissuedAt: metadata.occurredAt } : t,
        ),
      })),
  },
});

/** The tickets with these (every one still valid, when `ids` is absent: an old BookingCancelled) marked cancelled at `at`. */
function withCancelled(tickets: OrderTicketDoc[], ids: readonly string[] | undefined, at: string): OrderTicketDoc[] {
  const cancelled = ids ? new Set(ids) : undefined;
  return tickets.map((t) =>
    t.cancelledAt || (cancelled && !cancelled.has(t.ticketId)) ? t : { ...t, cancelledAt: at },
  );
}

/** Lower case, one space between the parts: a `?q=` substring matches within one part or across. */
export function searchText(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .join(' ');
}
