import { type DomainCommand, type DomainEvent, type Money, eventSchema } from '../kernel';

/**
 * One refund (docs/payments.md, "Refunds"): a `RefundRequested` of a booking, executed against the
 * payment it names through the provider. Its id is the request event's id, so the request maps to
 * exactly one refund stream and one provider idempotency key (`refund-{refundId}`).
 * requested → sent → succeeded | failed → manual (finance gave the money back by hand).
 */
export const REFUND_CATEGORY = 'refund';
export const refundStream = (refundId: string) => `${REFUND_CATEGORY}-${refundId}`;
export const refundIdempotencyKey = (refundId: string) => `refund-${refundId}`;

export type RefundStatus = 'requested' | 'sent' | 'succeeded' | 'failed' | 'manual';

/** The payment refunded, as its stream recorded it (read by the caller). */
export type RefundedPayment = Readonly<{
  status: string;
  amount?: Money;
  intentId?: string;
  chargeId?: string;
  provider?: string;
}>;

export type OpenRefund = DomainCommand<
  'OpenRefund',
  {
    refundId: string;
    bookingId: string;
    buyerId: string;
    paymentId: string;
    amount: Money;
    reason: string;
    payment: RefundedPayment;
  }
>;
/** The provider accepted the refund under `providerRefundId` (its answer may still be pending). */
export type RecordRefundSent = DomainCommand<'RecordRefundSent', { refundId: string; providerRefundId: string }>;
/** The provider's final word (its answer or a webhook; any number of times, in any order). */
export type RecordRefundOutcome = DomainCommand<
  'RecordRefundOutcome',
  { refundId: string; providerRefundId?: string; status: 'succeeded' | 'failed'; reason?: string }
>;
/** Finance gave a failed refund's money back outside the provider (a bank transfer), and says how. */
export type ResolveRefundManually = DomainCommand<'ResolveRefundManually', { refundId: string; note: string }>;
export type RefundCommand = OpenRefund | RecordRefundSent | RecordRefundOutcome | ResolveRefundManually;

type Ids = { refundId: string; bookingId: string; paymentId: string };
export type RefundOpened = DomainEvent<
  'RefundOpened',
  Ids & {
    buyerId: string;
    amount: Money;
    reason: string;
    provider: string;
    intentId: string;
    chargeId?: string;
    idempotencyKey: string;
  }
>;
export type RefundSent = DomainEvent<'RefundSent', Ids & { providerRefundId: string }>;
export type RefundSucceeded = DomainEvent<'RefundSucceeded', Ids & { providerRefundId?: string }>;
/** `reason`: the provider's failure reason (or its refusal code when it did not accept the refund). */
export type RefundFailed = DomainEvent<'RefundFailed', Ids & { providerRefundId?: string; reason: string }>;
/** `by`: the finance user or admin who resolved it; `note`: what they did. */
export type RefundResolvedManually = DomainEvent<'RefundResolvedManually', Ids & { note: string; by: string }>;
export type RefundEvent = RefundOpened | RefundSent | RefundSucceeded | RefundFailed | RefundResolvedManually;

export const refundSchema = eventSchema<RefundEvent>({
  RefundOpened: 1,
  RefundSent: 1,
  RefundSucceeded: 1,
  RefundFailed: 1,
  RefundResolvedManually: 1,
});

export type RefundState = Readonly<
  | { status: 'none' }
  | { status: RefundStatus; refundId: string; bookingId: string; paymentId: string; providerRefundId?: string }
>;
