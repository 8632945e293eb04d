import { type Decider, DomainError, assertNever } from '../kernel';
import type {
  CreatePaymentIntent,
  IntentStatus,
  PaymentCommand,
  PaymentEvent,
  PaymentState,
  RecordIntentStatus,
  RecordPayment,
} from './payment';

const TERMINAL: ReadonlySet<PaymentState['status']> = new Set(['succeeded', 'failed', 'canceled']);
/** How far along an intent is: an answer that is not further along than the state is stale. */
const RANK: Record<PaymentState['status'], number> = {
  none: 0,
  requires_payment_method: 1,
  requires_action: 2,
  processing: 3,
  succeeded: 4,
  failed: 4,
  canceled: 4,
};

function decidePayment(command: PaymentCommand, state: PaymentState): PaymentEvent[] {
  switch (command.type) {
    case 'RecordPayment':
      return recordPayment(command, state);
    case 'CreatePaymentIntent':
      return createIntent(command, state);
    case 'RecordIntentStatus':
      return recordIntentStatus(command, state);
    default:
      return assertNever(command);
  }
}

/** A synchronous answer without an intent: recording it again is a no-op, a different one is refused. */
function recordPayment({ data }: RecordPayment, state: PaymentState): PaymentEvent[] {
  const { paymentId, bookingId, amount, provider, outcome } = data;
  const status = outcome.status === 'succeeded' ? 'succeeded' : 'failed';
  if (state.status === status) return [];
  if (TERMINAL.has(state.status)) {
    throw DomainError.conflict('payment.already-recorded', `Payment ${paymentId} already ${state.status}`);
  }
  return outcome.status === 'succeeded'
    ? [{ type: 'PaymentSucceeded', data: { paymentId, bookingId, amount, provider, reference: outcome.reference } }]
    : [{ type: 'PaymentFailed', data: { paymentId, bookingId, amount, provider, reason: outcome.reason } }];
}

function sameIntent(state: PaymentState, paymentId: string, intentId: string): void {
  if (state.intentId !== undefined && state.intentId !== intentId) {
    throw DomainError.conflict(
      'payment.intent-mismatch',
      `Payment ${paymentId} belongs to intent ${state.intentId}, not ${intentId}`,
    );
  }
}

/** One intent per attempt: creating it again (a retry) is a no-op. */
function createIntent({ data }: CreatePaymentIntent, state: PaymentState): PaymentEvent[] {
  sameIntent(state, data.paymentId, data.intentId);
  if (state.status !== 'none') return [];
  return [{ type: 'PaymentIntentCreated', data: { ...data } }];
}

/**
 * The provider's view of the intent, from any source and in any order: only a move forward
 * appends (a duplicate or an answer overtaken by a later one changes nothing). The one move out of
 * a final state is to succeeded: money that moved is always recorded (the booking then confirms
 * or refunds it). A processing attempt is not canceled: its outcome is succeeded or failed.
 */
function recordIntentStatus({ data }: RecordIntentStatus, state: PaymentState): PaymentEvent[] {
  const { paymentId, bookingId, amount, provider, intentId, idempotencyKey, status } = data;
  sameIntent(state, paymentId, intentId);
  const created: PaymentEvent[] =
    state.status === 'none'
      ? [{ type: 'PaymentIntentCreated', data: { paymentId, bookingId, amount, provider, intentId, idempotencyKey } }]
      : [];
  const from = state.status === 'none' ? 'requires_payment_method' : state.status;
  const lateSuccess = status === 'succeeded' && (from === 'failed' || from === 'canceled');
  if (status === 'requires_payment_method' || (!lateSuccess && RANK[status] <= RANK[from])) return created;
  // Money may be moving (a capture under way): like Stripe, a processing intent is not canceled.
  if (status === 'canceled' && from === 'processing') return created;
  return [...created, statusEvent(data, status)];
}

function statusEvent(data: RecordIntentStatus['data'], status: Exclude<IntentStatus, 'requires_payment_method'>) {
  const { paymentId, bookingId, amount, provider, intentId } = data;
  const ids = { paymentId, bookingId, intentId };
  switch (status) {
    case 'requires_action':
      if (!data.nextActionUrl) {
        throw DomainError.validation('payment.next-action-missing', 'An intent that requires action names its URL');
      }
      return { type: 'PaymentActionRequired', data: { ...ids, nextActionUrl: data.nextActionUrl } } as const;
    case 'processing':
      return { type: 'PaymentProcessing', data: ids } as const;
    case 'succeeded':
      return {
        type: 'PaymentSucceeded',
        data: {
          paymentId,
          bookingId,
          amount,
          provider,
          reference: intentId,
          ...(data.chargeId ? { chargeId: data.chargeId } : {}),
        },
      } as const;
    case 'failed':
      return {
        type: 'PaymentFailed',
        data: { paymentId, bookingId, amount, provider, reason: data.reason ?? 'card_declined', intentId },
      } as const;
    case 'canceled':
      return { type: 'PaymentCanceled', data: { ...ids, reason: data.reason ?? 'canceled' } } as const;
    default:
      return assertNever(status);
  }
}

function evolvePayment(state: PaymentState, event: PaymentEvent): PaymentState {
  switch (event.type) {
    case 'PaymentIntentCreated': {
      const { intentId, amount, provider } = event.data;
      return { status: 'requires_payment_method', intentId, amount, provider };
    }
    case 'PaymentActionRequired':
      return { ...state, status: 'requires_action' };
    case 'PaymentProcessing':
      return { ...state, status: 'processing' };
    case 'PaymentSucceeded': {
      const { amount, provider, reference, chargeId } = event.data;
      // An answer recorded before intents names the intent as its reference.
      return {
        ...state,
        status: 'succeeded',
        amount,
        provider,
        intentId: state.intentId ?? reference,
        ...(chargeId ? { chargeId } : {}),
      };
    }
    case 'PaymentFailed':
      return { ...state, status: 'failed' };
    case 'PaymentCanceled':
      return { ...state, status: 'canceled' };
    default:
      return assertNever(event);
  }
}

export const paymentDecider: Decider<PaymentState, PaymentCommand, PaymentEvent> = {
  initialState: () => ({ status: 'none' }),
  decide: decidePayment,
  evolve: evolvePayment,
};
