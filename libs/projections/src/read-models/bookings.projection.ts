import { type BookingPromo, type BookingTicket, type Money, bookingContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

export type BookingTicketDoc = BookingTicket & { attendeeName?: string };
export type BookingPaymentDoc = {
  paymentId: string;
  amount: Money;
  status: 'started' | 'declined' | 'succeeded';
  /** The provider's reason, for a declined payment: the buyer sees why, also after a reload. */
  declineReason?: string;
};
export type BookingRefundDoc = { paymentId: string; amount: Money; reason: string; requestedAt: string };

/** Answers "what is this booking" and "which bookings does this person have" (buyer and admin only). */
export type BookingDoc = Projected & {
  eventId: string;
  buyerId: string;
  buyerName: string;
  buyerEmail: string;
  status: 'pending-payment' | 'confirmed' | 'expired' | 'cancelled';
  /** Why it ended (expired, cancelled). */
  statusReason?: string;
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
  version: 2,
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
        ...rest,
        status: 'cancelled',
        statusReason: data.reason,
        endedAt: metadata.occurredAt,
      })),
    RefundRequested: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        refunds: [
          ...rest.refunds.filter((r) => r.paymentId !== data.paymentId),
          { paymentId: data.paymentId, amount: data.amount, reason: data.reason, requestedAt: metadata.occurredAt },
        ],
      })),
  },
});

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
