import type Stripe from 'stripe';
import { attemptStatus } from '../payment-provider';
import { fromStripeIntent, fromStripeRefund } from './stripe-objects';

/**
 * Stripe's answers in the port's terms, for the states stripe-mock cannot produce (it is
 * stateless: every intent it returns comes from one fixture). The objects follow Stripe's API
 * reference for PaymentIntent and Refund, reduced to the fields the adapter reads.
 */
const ours = { paymentId: 'p-1', bookingId: 'b-1', idempotencyKey: 'attempt-p-1' };
const intent = (fields: Partial<Stripe.PaymentIntent>): Stripe.PaymentIntent =>
  ({
    id: 'pi_3Test',
    object: 'payment_intent',
    amount: 2500,
    currency: 'eur',
    status: 'requires_payment_method',
    metadata: ours,
    next_action: null,
    last_payment_error: null,
    latest_charge: null,
    cancellation_reason: null,
    ...fields,
  }) as Stripe.PaymentIntent;

describe('Stripe objects in the port’s terms', () => {
  it('a new intent waits for a payment method, with our metadata and the amount in minor units', () => {
    expect(fromStripeIntent(intent({}))).toEqual({
      id: 'pi_3Test',
      amount: { amount: 2500, currency: 'EUR' },
      status: 'requires_payment_method',
      metadata: ours,
    });
  });

  it('a card decline (402 on confirm) is a failed attempt with the decline code', () => {
    const declined = fromStripeIntent(
      intent({
        last_payment_error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
        } as Stripe.PaymentIntent.LastPaymentError,
      }),
    );
    expect(attemptStatus(declined)).toBe('failed');
    expect(declined.lastPaymentError).toEqual({
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    expect(declined.chargeId).toBeUndefined();
  });

  it('an error without a code still fails the attempt (named by its type)', () => {
    const failed = fromStripeIntent(
      intent({ last_payment_error: { type: 'api_error' } as Stripe.PaymentIntent.LastPaymentError }),
    );
    expect(attemptStatus(failed)).toBe('failed');
    expect(failed.lastPaymentError?.declineCode).toBe('api_error');
  });

  it('3-D Secure: requires_action with the redirect URL', () => {
    const waiting = fromStripeIntent(
      intent({
        status: 'requires_action',
        next_action: {
          type: 'redirect_to_url',
          redirect_to_url: { url: 'https://hooks.stripe.com/3d_secure_2/x', return_url: 'https://t.example/b' },
        } as Stripe.PaymentIntent.NextAction,
      }),
    );
    expect(waiting.status).toBe('requires_action');
    expect(waiting.nextAction).toEqual({ type: 'redirect_to_url', url: 'https://hooks.stripe.com/3d_secure_2/x' });
  });

  it.each([
    ['a charge id', 'ch_1'],
    ['an expanded charge', { id: 'ch_1', object: 'charge' }],
  ])('succeeded with %s names the charge', (_, charge) => {
    const paid = fromStripeIntent(intent({ status: 'succeeded', latest_charge: charge as Stripe.Charge }));
    expect(paid).toMatchObject({ status: 'succeeded', chargeId: 'ch_1' });
  });

  it.each([
    ['requires_confirmation', 'requires_payment_method'],
    ['requires_capture', 'processing'],
    ['processing', 'processing'],
  ] as const)('Stripe’s %s is the port’s %s', (stripe, port) => {
    expect(fromStripeIntent(intent({ status: stripe })).status).toBe(port);
  });

  it('a canceled intent keeps its reason', () => {
    expect(fromStripeIntent(intent({ status: 'canceled', cancellation_reason: 'abandoned' }))).toMatchObject({
      status: 'canceled',
      cancellationReason: 'abandoned',
    });
  });

  it('metadata we know fills in for an answer that does not repeat it', () => {
    expect(fromStripeIntent(intent({ metadata: {} }), ours).metadata).toEqual(ours);
  });

  const refund = (fields: Partial<Stripe.Refund>): Stripe.Refund =>
    ({
      id: 're_1',
      object: 'refund',
      amount: 1000,
      currency: 'eur',
      payment_intent: 'pi_3Test',
      status: 'succeeded',
      failure_reason: null,
      metadata: { refundId: 'r-1', bookingId: 'b-1' },
      ...fields,
    }) as Stripe.Refund;

  it.each([
    ['succeeded', 'succeeded'],
    ['pending', 'pending'],
    ['requires_action', 'pending'],
    ['failed', 'failed'],
    ['canceled', 'failed'],
  ] as const)('a refund %s is %s', (stripe, port) => {
    expect(fromStripeRefund(refund({ status: stripe })).status).toBe(port);
  });

  it('a failed refund says why, and names our refund', () => {
    expect(fromStripeRefund(refund({ status: 'failed', failure_reason: 'expired_or_canceled_card' }))).toEqual({
      id: 're_1',
      intentId: 'pi_3Test',
      amount: { amount: 1000, currency: 'EUR' },
      status: 'failed',
      failureReason: 'expired_or_canceled_card',
      metadata: { refundId: 'r-1', bookingId: 'b-1' },
    });
  });
});
