import { DomainError, hasRole } from '../kernel';
import type { IssueRefund } from './booking.commands';
import type { BookingEvent } from './booking.events';
import type { BookingState } from './booking.state';

/** What is left to give back of a payment: what it paid minus every refund asked of it so far. */
export function refundableOf(state: BookingState, paymentId: string): number {
  if (state.status === 'none' || state.paidBy !== paymentId) return 0;
  return state.total.amount - (state.refunded?.[paymentId] ?? 0);
}

/**
 * A refund by amount against the payment that confirmed the booking (docs/payments.md, "Refunds").
 * The booking stream holds every refund request of its payments, so the cap is decided here,
 * once, even when two requests race: never above what was paid minus what was asked back.
 */
export function issueRefund({ data, metadata }: IssueRefund, state: BookingState): BookingEvent[] {
  if (state.status === 'none' || !hasRole(metadata.actor, 'finance', 'admin'))
    throw DomainError.notFound('booking.not-found', `No booking ${data.bookingId}`);
  const { bookingId, buyerId, paidBy, total } = state;
  if (!paidBy) {
    throw DomainError.conflict('refund.nothing-paid', `Booking ${bookingId} has no payment to refund`);
  }
  const { amount } = data;
  if (amount.currency !== total.currency) {
    throw DomainError.validation(
      'refund.currency-mismatch',
      `The payment was in ${total.currency}; a refund of it is too, not ${amount.currency}`,
      { currency: total.currency },
    );
  }
  if (!Number.isSafeInteger(amount.amount) || amount.amount <= 0) {
    throw DomainError.validation('refund.bad-amount', 'A refund is a positive amount in minor units');
  }
  const left = refundableOf(state, paidBy);
  if (amount.amount > left) {
    throw DomainError.validation(
      'refund.exceeds-paid',
      `At most ${left} ${total.currency} of this payment is left to refund (paid ${total.amount}, ${total.amount - left} refunded or asked back already)`,
      { refundable: left, currency: total.currency },
    );
  }
  const reason = data.reason.trim() || 'Refunded by finance';
  return [{ type: 'RefundRequested', data: { bookingId, buyerId, paymentId: paidBy, amount, reason } }];
}
