import {
  type BookingPromo,
  type BookingTicket,
  type CancelledBy,
  type CancelledTicket,
  type Money,
  bookingContext,
} from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/** `cancelledAt`: the ticket was given up (or voided with its booking): no longer valid, its code not served. */
export type BookingTicketDoc = BookingTicket & {
  attendeeName?: string;
  cancelledAt?: string;
  cancellationReason?: string;
};
export type BookingPaymentDoc = {
  paymentId: string;
  amount: Money;
  status: 'started' | 'declined' | 'succeeded';
  /** The provider's reason, for a declined payment: the buyer sees why, also after a reload. */
  declineReason?: string;
};
/** Money to go back; the payments issue moves `status` on from 'requested'. `refundId`: the request's event id. */
export type BookingRefundDoc = {
  refundId: string;
  paymentId: string;
  amount: Money;
  reason: string;
  requestedAt: string;
  status: 'requested';
  ticketIds?: string[];
};

/** Answers "what is this booking" and "which bookings does this person have" (buyer and admin only). */
export type BookingDoc = Projected & {
  eventId: string;
  buyerId: string;
  buyerName: string;
  buyerEmail: string;
  status: 'pending-payment' | 'confirmed' | 'expired' | 'cancelled';
  /** Why it ended (expired, cancelled). */
  statusReason?: string;
  /** Who cancelled it: the buyer, the event's organizer, an admin, or the platform (the event was cancelled). */
  cancelledBy?: CancelledBy;
  tickets: BookingTicketDoc[];
  /** The promo code the checkout used (each ticket's `discount` says what it took off). */
  promo?: BookingPromo;
  total: Money;
  paymentDeadline: string;
  placedAt: string;
  confirmedAt?: string;
  endedAt?: string;
  payments: BookingPaymentDoc[];
  refunds: BookingRefundDoc[];
};

export const bookingsProjection = defineProjection<BookingDoc>()({
  name: 'bookings',
  version: 3, // v3: cancelled tickets (TicketsCancelled, BookingCancelled's tickets), cancelledBy, refunds keyed by request
  reads: [bookingContext],
  keyOf: (event) => event.data.bookingId,
  indexes: [{ keys: { buyerId: 1, placedAt: -1 } }, { keys: { eventId: 1, status: 1 } }],
  on: {
    BookingPlaced: (_doc, { data, metadata }) => {
      // An erased buyer's names read as one '[erased]' string, not a list (docs/personal-data.md).
      const names = Array.isArray(data.attendeeNames) ? data.attendeeNames : [];
      return {
        _id: data.bookingId,
        eventId: data.eventId,
        buyerId: data.buyerId,
        buyerName: data.buyerName,
        buyerEmail: data.buyerEmail,
        status: 'pending-payment',
        tickets: data.tickets.map((ticket, i) => (names[i] ? { ...ticket, attendeeName: names[i] } : { ...ticket })),
        ...(data.promo ? { promo: data.promo } : {}),
        total: data.total,
        paymentDeadline: data.paymentDeadline,
        placedAt: metadata.occurredAt,
        payments: [],
        refunds: [],
      };
    },
    BookingPaymentStarted: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        payments: [
          ...rest.payments.filter((p) => p.paymentId !== data.paymentId),
          { paymentId: data.paymentId, amount: data.amount, status: 'started' },
        ],
      })),
    BookingPaymentDeclined: (doc, { data }) =>
      changed(doc, (rest) => withPayment(rest, data.paymentId, 'declined', data.reason)),
    PaymentFailed: (doc, { data }) =>
      changed(doc, (rest) => withPayment(rest, data.paymentId, 'declined', data.reason)),
    PaymentSucceeded: (doc, { data }) => changed(doc, (rest) => withPayment(rest, data.paymentId, 'succeeded')),
    BookingConfirmed: (doc, { metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'confirmed', confirmedAt: metadata.occurredAt })),
    BookingExpired: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({ ...rest, status: 'expired', statusReason: data.reason, endedAt: metadata.occurredAt })),
    BookingCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...withCancelledTickets(rest, data.tickets, data.reason, metadata.occurredAt),
        status: 'cancelled',
        statusReason: data.reason,
        cancelledBy: data.by ?? 'platform',
        endedAt: metadata.occurredAt,
      })),
    TicketsCancelled: (doc, { data, metadata }) =>
      changed(doc, (rest) => withCancelledTickets(rest, data.tickets, data.reason, metadata.occurredAt)),
    RefundRequested: (doc, { id, data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        refunds: [
          ...rest.refunds.filter((r) => r.refundId !== id),
          {
            refundId: id,
            paymentId: data.paymentId,
            amount: data.amount,
            reason: data.reason,
            requestedAt: metadata.occurredAt,
            status: 'requested',
            ...(data.ticketIds ? { ticketIds: data.ticketIds } : {}),
          },
        ],
      })),
  },
});

/** Marks tickets cancelled; without a list (an older BookingCancelled), every ticket still valid. */
function withCancelledTickets<D extends { tickets: BookingTicketDoc[] }>(
  doc: D,
  cancelled: readonly CancelledTicket[] | undefined,
  reason: string,
  at: string,
): D {
  const ids = cancelled && new Set(cancelled.map((t) => t.ticketId));
  return {
    ...doc,
    tickets: doc.tickets.map((t) =>
      t.cancelledAt || (ids && !ids.has(t.ticketId)) ? t : { ...t, cancelledAt: at, cancellationReason: reason },
    ),
  };
}

function withPayment<D extends { payments: BookingPaymentDoc[] }>(
  doc: D,
  paymentId: string,
  status: BookingPaymentDoc['status'],
  declineReason?: string,
): D {
  return {
    ...doc,
    payments: doc.payments.map((p) =>
      p.paymentId === paymentId ? { ...p, status, ...(declineReason !== undefined ? { declineReason } : {}) } : p,
    ),
  };
}
