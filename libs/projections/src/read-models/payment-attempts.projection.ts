import { type Money, bookingContext } from '@booking/domain';
import { defineProjection, type Projected, unpositioned } from '../projection';

/**
 * One payment attempt and how it ended, for payment analytics (docs/ledger.md, "Reports"):
 * decline rates and reasons per day and provider. `_id` is the payment id; `day` (UTC) is the day
 * of its outcome. A success is final: money that moved is never turned back into a decline.
 */
export type PaymentAttemptDoc = Projected & {
  bookingId: string;
  amount?: Money;
  provider?: string;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled';
  reason?: string;
  day: string;
  updatedAt: string;
};

const dayOf = (iso: string) => iso.slice(0, 10);

export const paymentAttemptsProjection = defineProjection<PaymentAttemptDoc>()({
  name: 'payment-attempts',
  version: 1,
  reads: [bookingContext],
  ignores: [
    'BookingPlaced',
    'BookingPaymentStarted',
    'BookingPaymentDeclined',
    'BookingConfirmed',
    'BookingExpired',
    'BookingCancelled',
    'TicketsCancelled',
    'TicketTransferred',
    'TicketReissued',
    'RefundRequested',
    'PaymentActionRequired',
    'PaymentProcessing',
    'RefundOpened',
    'RefundSent',
    'RefundSucceeded',
    'RefundFailed',
    'RefundResolvedManually',
  ],
  keyOf: (event) => event.data.paymentId,
  indexes: [{ keys: { day: 1 } }],
  on: {
    PaymentIntentCreated: (doc, { data, metadata }) =>
      doc
        ? { ...unpositioned(doc), amount: doc.amount ?? data.amount, provider: doc.provider ?? data.provider }
        : {
            _id: data.paymentId,
            bookingId: data.bookingId,
            amount: data.amount,
            provider: data.provider,
            status: 'pending',
            day: dayOf(metadata.occurredAt),
            updatedAt: metadata.occurredAt,
          },
    PaymentSucceeded: (doc, { data, metadata }) => ({
      ...(doc ? unpositioned(doc) : { _id: data.paymentId }),
      bookingId: data.bookingId,
      amount: data.amount,
      provider: data.provider,
      status: 'succeeded',
      day: dayOf(metadata.occurredAt),
      updatedAt: metadata.occurredAt,
    }),
    PaymentFailed: (doc, { data, metadata }) =>
      doc?.status === 'succeeded'
        ? unpositioned(doc)
        : {
            ...(doc ? unpositioned(doc) : { _id: data.paymentId }),
            bookingId: data.bookingId,
            amount: data.amount,
            provider: data.provider,
            status: 'failed',
            reason: data.reason,
            day: dayOf(metadata.occurredAt),
            updatedAt: metadata.occurredAt,
          },
    PaymentCanceled: (doc, { data, metadata }) =>
      doc?.status === 'succeeded' || doc?.status === 'failed'
        ? unpositioned(doc)
        : {
            ...(doc ? unpositioned(doc) : { _id: data.paymentId }),
            bookingId: data.bookingId,
            status: 'canceled',
            reason: data.reason,
            day: dayOf(metadata.occurredAt),
            updatedAt: metadata.occurredAt,
          },
  },
});
