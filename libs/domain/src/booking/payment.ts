import { type DomainCommand, type DomainEvent, type Money, eventSchema } from '../kernel';

/**
 * A payment ATTEMPT of a booking: one stream per attempt (`payment-{id}`), following the
 * provider's payment intent through Stripe's states (docs/payments.md). A retry after a decline
 * is a new attempt with its own stream, intent and idempotency key. The booking stream decides
 * what a payment buys (docs/booking.md, "The cross-stream rule").
 */
export const PAYMENT_CATEGORY = 'payment';
export const paymentStream = (paymentId: string) => `${PAYMENT_CATEGORY}-${paymentId}`;

/** The provider's intent states (Stripe's names), plus `failed` for an attempt the provider declined. */
export type IntentStatus =
  'requires_payment_method' | 'requires_action' | 'processing' | 'succeeded' | 'failed' | 'canceled';

type Outcome = { status: 'succeeded'; reference: string } | { status: 'declined'; reason: string };

/** The provider's one synchronous answer (kept for the policies' tests and older callers). */
export type RecordPayment = DomainCommand<
  'RecordPayment',
  { paymentId: string; bookingId: string; amount: Money; provider: string; outcome: Outcome }
>;
/** The attempt's intent was created at the provider under `idempotencyKey`. */
export type CreatePaymentIntent = DomainCommand<
  'CreatePaymentIntent',
  { paymentId: string; bookingId: string; amount: Money; provider: string; intentId: string; idempotencyKey: string }
>;
/**
 * The provider says the intent is now `status` (from a confirm answer, a 3-D Secure return or a
 * webhook; in any order, any number of times). `reason`: why it failed or was canceled.
 */
export type RecordIntentStatus = DomainCommand<
  'RecordIntentStatus',
  {
    paymentId: string;
    bookingId: string;
    amount: Money;
    provider: string;
    intentId: string;
    idempotencyKey: string;
    status: IntentStatus;
    nextActionUrl?: string;
    reason?: string;
    /** The provider's charge, once succeeded. */
    chargeId?: string;
  }
>;
export type PaymentCommand = RecordPayment | CreatePaymentIntent | RecordIntentStatus;

type Ids = { paymentId: string; bookingId: string; intentId: string };
export type PaymentIntentCreated = DomainEvent<
  'PaymentIntentCreated',
  Ids & { amount: Money; provider: string; idempotencyKey: string }
>;
/** 3-D Secure: the buyer must pass the challenge at `nextActionUrl`. */
export type PaymentActionRequired = DomainEvent<'PaymentActionRequired', Ids & { nextActionUrl: string }>;
export type PaymentProcessing = DomainEvent<'PaymentProcessing', Ids>;
/** `reference`: the provider's intent id; `chargeId`: its charge (absent on answers recorded before intents). */
export type PaymentSucceeded = DomainEvent<
  'PaymentSucceeded',
  { paymentId: string; bookingId: string; amount: Money; provider: string; reference: string; chargeId?: string }
>;
/**
 * `reason`: the provider's decline code (insufficient_funds, stolen_card, authentication_failed, …);
 * `intentId`: the declined intent (absent on answers recorded before intents).
 */
export type PaymentFailed = DomainEvent<
  'PaymentFailed',
  { paymentId: string; bookingId: string; amount: Money; provider: string; reason: string; intentId?: string }
>;
export type PaymentCanceled = DomainEvent<'PaymentCanceled', Ids & { reason: string }>;
export type PaymentEvent =
  PaymentIntentCreated | PaymentActionRequired | PaymentProcessing | PaymentSucceeded | PaymentFailed | PaymentCanceled;

export const paymentSchema = eventSchema<PaymentEvent>({
  PaymentIntentCreated: 1,
  PaymentActionRequired: 1,
  PaymentProcessing: 1,
  PaymentSucceeded: 1,
  PaymentFailed: 1,
  PaymentCanceled: 1,
});

export type PaymentState = Readonly<{
  status: 'none' | IntentStatus;
  intentId?: string;
  /** What the attempt is for, its provider and (once succeeded) its charge: what a refund goes back against. */
  amount?: Money;
  provider?: string;
  chargeId?: string;
}>;
