import { type Money, type RefundStatus, bookingContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/**
 * One refund, for finance (docs/payments.md, "Refunds"): the request (from the booking stream)
 * and every step of its refund stream. `_id` is the refund id (the request's event id).
 */
export type RefundDoc = Projected & {
  bookingId: string;
  paymentId: string;
  buyerId: string;
  amount: Money;
  reason: string;
  status: RefundStatus;
  requestedAt: string;
  updatedAt: string;
  provider?: string;
  intentId?: string;
  providerRefundId?: string;
  failureReason?: string;
  manualNote?: string;
  resolvedBy?: string;
};

export const refundsProjection = defineProjection<RefundDoc>()({
  name: 'refunds',
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
    'PaymentIntentCreated',
    'PaymentActionRequired',
    'PaymentProcessing',
    'PaymentSucceeded',
    'PaymentFailed',
    'PaymentCanceled',
  ],
  keyOf: (event) => (event.type === 'RefundRequested' ? event.id : event.data.refundId),
  indexes: [{ keys: { status: 1, requestedAt: -1 } }, { keys: { requestedAt: -1 } }],
  on: {
    RefundRequested: (doc, { id, data, metadata }) => ({
      _id: id,
      bookingId: data.bookingId,
      paymentId: data.paymentId,
      buyerId: data.buyerId,
      amount: data.amount,
      reason: data.reason,
      status: doc?.status ?? 'requested',
      requestedAt: metadata.occurredAt,
      updatedAt: doc?.updatedAt ?? metadata.occurredAt,
      ...(doc ? stepsOf(doc) : {}),
    }),
    RefundOpened: (doc, { data }) =>
      changed(doc, (rest) => ({ ...rest, provider: data.provider, intentId: data.intentId })),
    RefundSent: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'sent',
        providerRefundId: data.providerRefundId,
        updatedAt: metadata.occurredAt,
      })),
    RefundSucceeded: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'succeeded',
        ...(data.providerRefundId ? { providerRefundId: data.providerRefundId } : {}),
        updatedAt: metadata.occurredAt,
      })),
    RefundFailed: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'failed',
        ...(data.providerRefundId ? { providerRefundId: data.providerRefundId } : {}),
        failureReason: data.reason,
        updatedAt: metadata.occurredAt,
      })),
    RefundResolvedManually: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'manual',
        manualNote: data.note,
        resolvedBy: data.by,
        updatedAt: metadata.occurredAt,
      })),
  },
});

/** What the refund stream recorded already (a request delivered again keeps it). */
function stepsOf(doc: RefundDoc): Partial<RefundDoc> {
  const { provider, intentId, providerRefundId, failureReason, manualNote, resolvedBy } = doc;
  return Object.fromEntries(
    Object.entries({ provider, intentId, providerRefundId, failureReason, manualNote, resolvedBy }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}
