import {
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type Money,
  DomainError,
  assertNever,
  eventSchema,
} from '../kernel';

/**
 * A payment of a booking: one stream per attempt (`payment-{id}`), holding the provider's one
 * answer. Kept small on purpose: the payments issue replaces it with the real flows (intents,
 * webhooks, refunds executed). The booking stream decides what a payment buys (docs/booking.md).
 */
export const PAYMENT_CATEGORY = 'payment';
export const paymentStream = (paymentId: string) => `${PAYMENT_CATEGORY}-${paymentId}`;

type Outcome = { status: 'succeeded'; reference: string } | { status: 'declined'; reason: string };

export type RecordPayment = DomainCommand<
  'RecordPayment',
  { paymentId: string; bookingId: string; amount: Money; provider: string; outcome: Outcome }
>;
export type PaymentCommand = RecordPayment;

export type PaymentSucceeded = DomainEvent<
  'PaymentSucceeded',
  { paymentId: string; bookingId: string; amount: Money; provider: string; reference: string }
>;
export type PaymentFailed = DomainEvent<
  'PaymentFailed',
  { paymentId: string; bookingId: string; amount: Money; provider: string; reason: string }
>;
export type PaymentEvent = PaymentSucceeded | PaymentFailed;

export const paymentSchema = eventSchema<PaymentEvent>({ PaymentSucceeded: 1, PaymentFailed: 1 });

export type PaymentState = Readonly<{ status: 'none' | 'succeeded' | 'failed' }>;

/** A payment has one outcome: recording it again (a retry) is a no-op, a different one is refused. */
function decidePayment(command: PaymentCommand, state: PaymentState): PaymentEvent[] {
  const { paymentId, bookingId, amount, provider, outcome } = command.data;
  const status = outcome.status === 'succeeded' ? 'succeeded' : 'failed';
  if (state.status === status) return [];
  if (state.status !== 'none') {
    throw DomainError.conflict('payment.already-recorded', `Payment ${paymentId} already ${state.status}`);
  }
  return outcome.status === 'succeeded'
    ? [{ type: 'PaymentSucceeded', data: { paymentId, bookingId, amount, provider, reference: outcome.reference } }]
    : [{ type: 'PaymentFailed', data: { paymentId, bookingId, amount, provider, reason: outcome.reason } }];
}

function evolvePayment(_state: PaymentState, event: PaymentEvent): PaymentState {
  switch (event.type) {
    case 'PaymentSucceeded':
      return { status: 'succeeded' };
    case 'PaymentFailed':
      return { status: 'failed' };
    default:
      return assertNever(event);
  }
}

export const paymentDecider: Decider<PaymentState, PaymentCommand, PaymentEvent> = {
  initialState: () => ({ status: 'none' }),
  decide: decidePayment,
  evolve: evolvePayment,
};
