import type Stripe from 'stripe';
import type { PaymentIntent, Refund } from '../payment-provider';

/**
 * Stripe's objects in the port's terms. Stripe's intent states are the port's, except
 * requires_confirmation (not confirmed yet: still wants its payment method) and requires_capture
 * (we capture automatically, so money is on its way: processing).
 */
export function fromStripeIntent(intent: Stripe.PaymentIntent, known?: PaymentIntent['metadata']): PaymentIntent {
  const error = intent.last_payment_error;
  const charge = typeof intent.latest_charge === 'string' ? intent.latest_charge : intent.latest_charge?.id;
  const url = intent.next_action?.redirect_to_url?.url;
  return {
    id: intent.id,
    amount: { amount: intent.amount, currency: intent.currency.toUpperCase() },
    status: STATUSES[intent.status],
    metadata: {
      paymentId: intent.metadata?.paymentId ?? known?.paymentId ?? '',
      bookingId: intent.metadata?.bookingId ?? known?.bookingId ?? '',
      idempotencyKey: intent.metadata?.idempotencyKey ?? known?.idempotencyKey ?? '',
    },
    ...(intent.status === 'requires_action' && url ? { nextAction: { type: 'redirect_to_url', url } } : {}),
    // A confirmation that failed leaves the intent wanting another method, with the reason.
    ...(error && intent.status === 'requires_payment_method'
      ? {
          lastPaymentError: {
            code: error.code ?? error.type ?? 'payment_failed',
            declineCode: error.decline_code ?? error.code ?? error.type ?? 'payment_failed',
            message: error.message ?? '',
          },
        }
      : {}),
    ...(intent.status === 'succeeded' && charge ? { chargeId: charge } : {}),
    ...(intent.status === 'canceled' && intent.cancellation_reason
      ? { cancellationReason: intent.cancellation_reason }
      : {}),
  };
}

const STATUSES: Record<Stripe.PaymentIntent.Status, PaymentIntent['status']> = {
  requires_payment_method: 'requires_payment_method',
  requires_confirmation: 'requires_payment_method',
  requires_action: 'requires_action',
  processing: 'processing',
  requires_capture: 'processing',
  succeeded: 'succeeded',
  canceled: 'canceled',
};

/** A refund that waits on the customer (requires_action) is pending; a canceled one did not pay back: failed. */
export function fromStripeRefund(refund: Stripe.Refund, known?: Refund['metadata']): Refund {
  const intentId = typeof refund.payment_intent === 'string' ? refund.payment_intent : refund.payment_intent?.id;
  const refundId = refund.metadata?.refundId ?? known?.refundId;
  const bookingId = refund.metadata?.bookingId ?? known?.bookingId;
  const status =
    refund.status === 'succeeded'
      ? 'succeeded'
      : refund.status === 'failed' || refund.status === 'canceled'
        ? 'failed'
        : 'pending';
  return {
    id: refund.id,
    intentId: intentId ?? '',
    amount: { amount: refund.amount, currency: refund.currency.toUpperCase() },
    status,
    ...(status === 'failed' ? { failureReason: refund.failure_reason ?? refund.status ?? 'failed' } : {}),
    ...(refundId && bookingId ? { metadata: { refundId, bookingId } } : {}),
  };
}
