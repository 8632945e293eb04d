import Stripe from 'stripe';
import { parseStripeIntent, parseStripeRefund, stripeSignatureProblem } from './stripe-webhooks';

/** Payloads signed by the Stripe SDK's own test-header helper, checked against our clock. */
describe('Stripe webhook signatures', () => {
  const secret = 'whsec_spec_secret_abcd';
  const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded' });
  const now = 1_800_000_000;
  const sign = (timestamp: number, withSecret = secret, body = payload) =>
    Stripe.webhooks.generateTestHeaderString({ payload: body, secret: withSecret, timestamp });

  it('holds for the body as signed, within 300 s', () => {
    expect(stripeSignatureProblem(payload, sign(now), secret, now)).toBeUndefined();
    expect(stripeSignatureProblem(payload, sign(now - 300), secret, now)).toBeUndefined();
  });

  it('refuses a delivery signed more than 300 s ago (a replay)', () => {
    expect(stripeSignatureProblem(payload, sign(now - 301), secret, now)).toMatch(/older than 300 s/);
  });

  it('refuses another secret, a changed body, or no header, without describing our secret', () => {
    const wrong = stripeSignatureProblem(payload, sign(now, 'whsec_someone_else'), secret, now);
    expect(wrong).toBe('The Stripe-Signature header does not match the body');
    expect(wrong).not.toContain('abcd');
    expect(stripeSignatureProblem(`${payload} `, sign(now), secret, now)).toBe(
      'The Stripe-Signature header does not match the body',
    );
    expect(stripeSignatureProblem(payload, undefined, secret, now)).toMatch(/missing/);
    expect(stripeSignatureProblem(payload, 't=1,v1=00', secret, now)).toBeDefined();
  });
});

describe('Stripe event objects', () => {
  const paymentId = '0190b000-0000-7000-8000-000000000001';
  const bookingId = '0190b000-0000-7000-8000-000000000002';
  const intent = {
    id: 'pi_1',
    object: 'payment_intent',
    amount: 2500,
    currency: 'eur',
    status: 'succeeded',
    latest_charge: 'ch_1',
    metadata: { paymentId, bookingId, idempotencyKey: `attempt-${paymentId}` },
  };

  it('reads our intent, and leaves alone one made elsewhere on the account', () => {
    expect(parseStripeIntent(intent)).toMatchObject({ id: 'pi_1', status: 'succeeded', chargeId: 'ch_1' });
    expect(parseStripeIntent({ ...intent, metadata: {} })).toBeUndefined();
    expect(parseStripeIntent({ ...intent, metadata: { ...intent.metadata, paymentId: 'x' } })).toBeUndefined();
    expect(parseStripeIntent({ ...intent, amount: '2500' })).toBeUndefined();
    expect(parseStripeIntent({ ...intent, object: 'charge' })).toBeUndefined();
  });

  it('reads our refund', () => {
    const refund = {
      id: 're_1',
      object: 'refund',
      amount: 500,
      currency: 'eur',
      payment_intent: 'pi_1',
      status: 'failed',
      failure_reason: 'lost_or_stolen_card',
      metadata: { refundId: paymentId, bookingId },
    };
    expect(parseStripeRefund(refund)).toMatchObject({ status: 'failed', failureReason: 'lost_or_stolen_card' });
    expect(parseStripeRefund({ ...refund, metadata: {} })).toBeUndefined();
  });
});
