import { type Decider, DomainError, assertNever } from '../kernel';
import {
  type OpenRefund,
  type RecordRefundOutcome,
  type RecordRefundSent,
  type RefundCommand,
  type RefundEvent,
  type RefundState,
  type ResolveRefundManually,
  refundIdempotencyKey,
} from './refund';

function decideRefund(command: RefundCommand, state: RefundState): RefundEvent[] {
  switch (command.type) {
    case 'OpenRefund':
      return openRefund(command, state);
    case 'RecordRefundSent':
      return recordSent(command, state);
    case 'RecordRefundOutcome':
      return recordOutcome(command, state);
    case 'ResolveRefundManually':
      return resolveManually(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * Opens the refund once (again: a no-op). Only a succeeded payment is refunded, in its currency,
 * and never above what it paid (the booking stream caps the sum of its refunds).
 */
function openRefund({ data }: OpenRefund, state: RefundState): RefundEvent[] {
  if (state.status !== 'none') return [];
  const { refundId, bookingId, buyerId, paymentId, amount, reason, payment } = data;
  if (payment.status !== 'succeeded' || !payment.amount || !payment.intentId) {
    throw DomainError.conflict('refund.payment-not-succeeded', `Payment ${paymentId} took no money to give back`);
  }
  if (amount.currency !== payment.amount.currency) {
    throw DomainError.validation(
      'refund.currency-mismatch',
      `Payment ${paymentId} was in ${payment.amount.currency}, not ${amount.currency}`,
    );
  }
  if (!Number.isSafeInteger(amount.amount) || amount.amount <= 0 || amount.amount > payment.amount.amount) {
    throw DomainError.validation(
      'refund.exceeds-paid',
      `A refund of payment ${paymentId} is positive and at most ${payment.amount.amount} ${payment.amount.currency}`,
    );
  }
  return [
    {
      type: 'RefundOpened',
      data: {
        refundId,
        bookingId,
        paymentId,
        buyerId,
        amount,
        reason,
        provider: payment.provider ?? 'test-mode',
        intentId: payment.intentId,
        ...(payment.chargeId ? { chargeId: payment.chargeId } : {}),
        idempotencyKey: refundIdempotencyKey(refundId),
      },
    },
  ];
}

const ids = (state: Exclude<RefundState, { status: 'none' }>) => ({
  refundId: state.refundId,
  bookingId: state.bookingId,
  paymentId: state.paymentId,
});

/** Requested → sent; any later state already knows more (a webhook came first): a no-op. */
function recordSent({ data }: RecordRefundSent, state: RefundState): RefundEvent[] {
  if (state.status !== 'requested') return [];
  return [{ type: 'RefundSent', data: { ...ids(state), providerRefundId: data.providerRefundId } }];
}

/**
 * Requested or sent → succeeded | failed. A final state stays (a duplicated or late webhook is a
 * no-op), an unknown refund or another provider refund than the one sent is not ours to move.
 */
function recordOutcome({ data }: RecordRefundOutcome, state: RefundState): RefundEvent[] {
  if (state.status !== 'requested' && state.status !== 'sent') return [];
  if (data.providerRefundId && state.providerRefundId && data.providerRefundId !== state.providerRefundId) return [];
  const providerRefundId = data.providerRefundId ?? state.providerRefundId;
  const ref = providerRefundId ? { providerRefundId } : {};
  return data.status === 'succeeded'
    ? [{ type: 'RefundSucceeded', data: { ...ids(state), ...ref } }]
    : [{ type: 'RefundFailed', data: { ...ids(state), ...ref, reason: data.reason || 'unknown' } }];
}

/** Failed → manual, with the note and who. Anything else is refused: only a failed refund needs it. */
function resolveManually({ data, metadata }: ResolveRefundManually, state: RefundState): RefundEvent[] {
  if (state.status === 'none') throw DomainError.notFound('refund.not-found', `No refund ${data.refundId}`);
  if (state.status !== 'failed') {
    throw DomainError.conflict(
      'refund.not-failed',
      `Refund ${data.refundId} is ${state.status}; only a failed refund is resolved by hand`,
      { status: state.status },
    );
  }
  const note = data.note.trim();
  if (!note) throw DomainError.validation('refund.note-required', 'Say how the money was given back');
  return [{ type: 'RefundResolvedManually', data: { ...ids(state), note, by: metadata.actor.userId } }];
}

function evolveRefund(state: RefundState, event: RefundEvent): RefundState {
  switch (event.type) {
    case 'RefundOpened': {
      const { refundId, bookingId, paymentId } = event.data;
      return { status: 'requested', refundId, bookingId, paymentId };
    }
    case 'RefundSent':
      return state.status === 'none'
        ? state
        : { ...state, status: 'sent', providerRefundId: event.data.providerRefundId };
    case 'RefundSucceeded':
      return state.status === 'none' ? state : { ...state, status: 'succeeded' };
    case 'RefundFailed':
      return state.status === 'none' ? state : { ...state, status: 'failed' };
    case 'RefundResolvedManually':
      return state.status === 'none' ? state : { ...state, status: 'manual' };
    default:
      return assertNever(event);
  }
}

export const refundDecider: Decider<RefundState, RefundCommand, RefundEvent> = {
  initialState: () => ({ status: 'none' }),
  decide: decideRefund,
  evolve: evolveRefund,
};
