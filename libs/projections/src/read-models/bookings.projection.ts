import {
  type BookingGroupPrice,
  type BookingPromo,
  type BookingTicket,
  type CancelledBy,
  type CancelledTicket,
  type Money,
  type RefundStatus,
  bookingContext,
} from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/**
 * `cancelledAt`: the ticket was given up (or voided with its booking): no longer valid, its code not
 * served. `reissue`: the current code's counter (absent: the first code). A transferred ticket
 * carries its new holder (`attendeeName`, `holderEmail`, `transferredAt`).
 */
export type BookingTicketDoc = BookingTicket & {
  attendeeName?: string;
  attendeeEmail?: string;
  cancelledAt?: string;
  cancellationReason?: string;
  reissue?: number;
  holderEmail?: string;
  transferredAt?: string;
  reissuedAt?: string;
};
export type BookingPaymentDoc = {
  paymentId: string;
  amount: Money;
  status: 'started' | 'requires_action' | 'processing' | 'declined' | 'succeeded';
  /** The provider's reason, for a declined payment: the buyer sees why, also after a reload. */
  declineReason?: string;
  /** 3-D Secure: where the buyer authenticates, while the attempt waits for it. */
  nextActionUrl?: string;
};
/**
 * Money to go back. `refundId`: the request's event id (and its refund stream's id); `status`
 * follows the refund stream (docs/payments.md, "Refunds").
 */
export type BookingRefundDoc = {
  refundId: string;
  paymentId: string;
  amount: Money;
  reason: string;
  requestedAt: string;
  status: RefundStatus;
  ticketIds?: string[];
  updatedAt?: string;
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
  /** The event's group price the checkout got (each ticket's `groupDiscount` says what it took off). */
  group?: BookingGroupPrice;
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
  version: 6, // v6: refund statuses; v5: group price, attendee e-mails; v4: transferred and reissued tickets (holder, reissue counter); v3: cancelled tickets (TicketsCancelled, BookingCancelled's tickets), cancelledBy, refunds keyed by request
  reads: [bookingContext],
  ignores: ['PaymentIntentCreated'],
  keyOf: (event) => event.data.bookingId,
  indexes: [{ keys: { buyerId: 1, placedAt: -1 } }, { keys: { eventId: 1, status: 1 } }],
  on: {
    BookingPlaced: (_doc, { data, metadata }) => {
      // An erased buyer's names read as one '[erased]' string, not a list (docs/personal-data.md).
      const names = Array.isArray(data.attendeeNames) ? data.attendeeNames : [];
      const emails = Array.isArray(data.attendeeEmails) ? data.attendeeEmails : [];
      return {
        _id: data.bookingId,
        eventId: data.eventId,
        buyerId: data.buyerId,
        buyerName: data.buyerName,
        buyerEmail: data.buyerEmail,
        status: 'pending-payment',
        tickets: data.tickets.map((ticket, i) => ({
          ...ticket,
          ...(names[i] ? { attendeeName: names[i] } : {}),
          ...(emails[i] ? { attendeeEmail: emails[i] } : {}),
        })),
        ...(data.promo ? { promo: data.promo } : {}),
        ...(data.group ? { group: data.group } : {}),
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
    PaymentActionRequired: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        payments: rest.payments.map((p) =>
          p.paymentId === data.paymentId && p.status === 'started'
            ? { ...p, status: 'requires_action' as const, nextActionUrl: data.nextActionUrl }
            : p,
        ),
      })),
    PaymentProcessing: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        payments: rest.payments.map((p) =>
          p.paymentId === data.paymentId && (p.status === 'started' || p.status === 'requires_action')
            ? { ...withoutAction(p), status: 'processing' as const }
            : p,
        ),
      })),
    PaymentCanceled: (doc, { data }) =>
      changed(doc, (rest) => withPayment(rest, data.paymentId, 'declined', data.reason)),
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
    TicketTransferred: (doc, { data, metadata }) =>
      changed(doc, (rest) =>
        withTicket(rest, data.ticketId, (ticket) => ({
          ...ticket,
          attendeeName: data.toName,
          holderEmail: data.toEmail,
          reissue: data.reissue,
          transferredAt: metadata.occurredAt,
        })),
      ),
    TicketReissued: (doc, { data, metadata }) =>
      changed(doc, (rest) =>
        withTicket(rest, data.ticketId, (ticket) => ({
          ...ticket,
          reissue: data.reissue,
          reissuedAt: metadata.occurredAt,
        })),
      ),
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
    RefundOpened: (doc) => doc,
    RefundSent: (doc, { data, metadata }) => withRefundStatus(doc, data.refundId, 'sent', metadata.occurredAt),
    RefundSucceeded: (doc, { data, metadata }) =>
      withRefundStatus(doc, data.refundId, 'succeeded', metadata.occurredAt),
    RefundFailed: (doc, { data, metadata }) => withRefundStatus(doc, data.refundId, 'failed', metadata.occurredAt),
    RefundResolvedManually: (doc, { data, metadata }) =>
      withRefundStatus(doc, data.refundId, 'manual', metadata.occurredAt),
  },
});

/** The refund stream's events arrive in its order: each one is the refund's current status. */
function withRefundStatus(doc: BookingDoc | null, refundId: string, status: RefundStatus, at: string) {
  return changed(doc, (rest) => ({
    ...rest,
    refunds: rest.refunds.map((r) => (r.refundId === refundId ? { ...r, status, updatedAt: at } : r)),
  }));
}

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

function withTicket<D extends { tickets: BookingTicketDoc[] }>(
  doc: D,
  ticketId: string,
  change: (ticket: BookingTicketDoc) => BookingTicketDoc,
): D {
  return { ...doc, tickets: doc.tickets.map((t) => (t.ticketId === ticketId ? change(t) : t)) };
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
      p.paymentId === paymentId
        ? { ...withoutAction(p), status, ...(declineReason !== undefined ? { declineReason } : {}) }
        : p,
    ),
  };
}

function withoutAction(payment: BookingPaymentDoc): BookingPaymentDoc {
  const { nextActionUrl: _done, ...rest } = payment;
  return rest;
}
