import Stripe from 'stripe';
import { SIGNATURE_HEADER } from '@booking/command-api';
import type { EventStore } from '@booking/event-store';
import { EVENT_STORE } from '@booking/event-store';
import { useStripeMock } from '../../command-api/src/payments/shared/stripe/testing/stripe-mock';
import { BUYER } from './testing/booking-fixtures';
import { freePort } from './testing/free-port';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const WEBHOOK_SECRET = 'whsec_stripe_int_spec';
const WEBHOOK = '/api/payments/webhooks/stripe';
const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f2', roles: ['finance'] };

/**
 * The product with PAYMENTS_PROVIDER=stripe, its SDK pointed at stripe-mock: checkout pays with a
 * PaymentMethod id through the Stripe adapter, and Stripe's webhooks (signed by the SDK's own
 * test-header helper) move the booking. stripe-mock answers every confirmation from its one
 * fixture (a failed confirmation), so the success arrives here as Stripe would send it after 3-D
 * Secure or a late authorisation: by webhook. Prices are in USD, the currency of stripe-mock's
 * fixtures, so that a refund passes the adapter's currency check.
 */
/** A booking of one USD 25.00 ticket by the attendee, pending payment. */
async function placeUsdBooking(t: TestApp): Promise<string> {
  const { eventId } = await t.publishedEvent(10, people.organizer, {
    priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'USD' } }],
  });
  const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
  const placed = await t.call('POST', '/api/bookings', {
    as: people.attendee,
    body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
  });
  expect(placed.status).toBe(201);
  return placed.body.bookingId as string;
}

const stripeMock = useStripeMock('payments through Stripe (stripe-mock)');
if (stripeMock) {
  describe('payments through Stripe (stripe-mock)', () => {
    let t: TestApp;
    let store: EventStore;

    beforeAll(async () => {
      t = await startTestApp({
        env: {
          PAYMENTS_PROVIDER: 'stripe',
          STRIPE_SECRET_KEY: 'sk_test_intspec',
          STRIPE_PUBLISHABLE_KEY: 'pk_test_intspec',
          STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
          STRIPE_API_URL: stripeMock(),
        },
      });
      store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
    });
    afterAll(async () => {
      await t?.close();
    });

    const placeBooking = () => placeUsdBooking(t);
    const pay = (bookingId: string, body: object) =>
      t.call('POST', `/api/bookings/${bookingId}/payments`, { as: people.attendee, body });
    const signed = (event: object, timestamp = Math.floor(Date.now() / 1000), secret = WEBHOOK_SECRET) => {
      const payload = JSON.stringify(event);
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
      return { payload, header };
    };
    const deliver = ({ payload, header }: { payload: string; header: string }, path = WEBHOOK) =>
      t.call('POST', path, {
        body: payload,
        headers: { 'stripe-signature': header, 'content-type': 'application/json' },
      });
    const streamTypes = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);
    let n = 0;
    const event = (type: string, object: object) => ({
      id: `evt_spec${++n}${Date.now()}`,
      object: 'event',
      type,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object },
    });
    const intentOf = async (paymentId: string) => {
      const created = (await store.readStream(`payment-${paymentId}`))[0];
      return created?.data as { intentId: string; bookingId: string; idempotencyKey: string };
    };

    it('tells the SPA the provider and the publishable key, and nothing secret', async () => {
      const settings = await t.call('GET', '/api/payments/settings');
      expect(settings.status).toBe(200);
      expect(settings.body).toEqual({ provider: 'stripe', stripe: { publishableKey: 'pk_test_intspec' } });
    });

    it('takes a PaymentMethod id, not a card number, and says which', async () => {
      const bookingId = await placeBooking();
      const wrong = await pay(bookingId, { cardNumber: '4242424242424242' });
      expectProblem(wrong, 400);
      expect(wrong.body.detail).toMatch(/paymentMethodId/);
      expectProblem(await pay(bookingId, {}), 400);
      expectProblem(await pay(bookingId, { paymentMethodId: 'pm_card_visa', cardNumber: '4242424242424242' }), 400);
      expectProblem(await pay(bookingId, { paymentMethodId: 'card_visa' }), 400);
      expect((await t.call('GET', `/api/bookings/${bookingId}`, { as: people.attendee })).body.status).toBe(
        'pending-payment',
      );
    });

    it('records Stripe’s answer to a confirmation, then a signed payment_intent.succeeded confirms the booking once', async () => {
      const bookingId = await placeBooking();
      const paid = await pay(bookingId, { paymentMethodId: 'pm_card_visa' });
      expect(paid.status).toBe(201);
      // stripe-mock's fixture: a confirmation that failed (last_payment_error), so the attempt is declined.
      expect(paid.body).toMatchObject({ status: 'declined', bookingStatus: 'pending-payment', intentId: /^pi_/ });
      const { paymentId } = paid.body as { paymentId: string };
      const attempt = await intentOf(paymentId);
      expect(attempt.idempotencyKey).toBe(`attempt-${paymentId}`);

      const succeeded = event('payment_intent.succeeded', {
        id: attempt.intentId,
        object: 'payment_intent',
        amount: 2500,
        currency: 'usd',
        status: 'succeeded',
        latest_charge: 'ch_spec1',
        metadata: { paymentId, bookingId, idempotencyKey: attempt.idempotencyKey },
      });
      const delivery = signed(succeeded);
      const first = await deliver(delivery);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ received: true, duplicate: false, ignored: false });
      const again = await deliver(delivery);
      expect(again.body).toMatchObject({ received: true, duplicate: true });
      expect(await streamTypes(`payment-${paymentId}`)).toEqual([
        'PaymentIntentCreated',
        'PaymentFailed',
        'PaymentSucceeded',
      ]);
      const view = await t.call('GET', `/api/bookings/${bookingId}`, {
        as: people.attendee,
        headers: { 'x-min-position': first.headers.get('x-position') ?? '0' },
      });
      expect(view.body.status).toBe('confirmed');
    });

    it('refuses a delivery with a wrong, missing or old signature, or to the embedded provider’s endpoint, changing nothing', async () => {
      const bookingId = await placeBooking();
      const paid = await pay(bookingId, { paymentMethodId: 'pm_card_visa' });
      const { paymentId } = paid.body as { paymentId: string };
      const attempt = await intentOf(paymentId);
      const succeeded = event('payment_intent.succeeded', {
        id: attempt.intentId,
        object: 'payment_intent',
        amount: 2500,
        currency: 'usd',
        status: 'succeeded',
        latest_charge: 'ch_spec2',
        metadata: { paymentId, bookingId, idempotencyKey: attempt.idempotencyKey },
      });
      const before = await streamTypes(`payment-${paymentId}`);
      expectProblem(await deliver(signed(succeeded, undefined, 'whsec_not_ours')), 400);
      expectProblem(await deliver(signed(succeeded, Math.floor(Date.now() / 1000) - 301)), 400);
      expectProblem(await deliver({ payload: JSON.stringify(succeeded), header: '' }), 400);
      const tampered = signed(succeeded);
      expectProblem(await deliver({ ...tampered, payload: tampered.payload.replace('2500', '1') }), 400);
      const toTestMode = signed(succeeded);
      expectProblem(
        await t.call('POST', '/api/payments/webhooks/test-mode', {
          body: toTestMode.payload,
          headers: { [SIGNATURE_HEADER]: toTestMode.header, 'content-type': 'application/json' },
        }),
        404,
      );
      expect(await streamTypes(`payment-${paymentId}`)).toEqual(before);
    });

    it('acknowledges and ignores what is not ours: an intent without our metadata, a charge, an unknown type', async () => {
      for (const other of [
        event('payment_intent.succeeded', {
          id: 'pi_other',
          object: 'payment_intent',
          amount: 1,
          currency: 'usd',
          status: 'succeeded',
          metadata: {},
        }),
        event('charge.refunded', { id: 'ch_other', object: 'charge', amount: 1, currency: 'usd' }),
        event('customer.created', { id: 'cus_1', object: 'customer' }),
      ]) {
        const answer = await deliver(signed(other));
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({ received: true, ignored: true });
      }
    });

    it('refunds through Stripe, and a signed refund.updated of that refund changes nothing more', async () => {
      const bookingId = await placeBooking();
      const paid = await pay(bookingId, { paymentMethodId: 'pm_card_visa' });
      const { paymentId } = paid.body as { paymentId: string };
      const attempt = await intentOf(paymentId);
      const intent = {
        id: attempt.intentId,
        object: 'payment_intent',
        amount: 2500,
        currency: 'usd',
        status: 'succeeded',
        latest_charge: 'ch_spec3',
        metadata: { paymentId, bookingId, idempotencyKey: attempt.idempotencyKey },
      };
      const confirmed = await deliver(signed(event('payment_intent.succeeded', intent)));
      expect(confirmed.status).toBe(200);

      expectProblem(
        await t.call('POST', '/api/finance/refunds', {
          as: finance,
          body: { bookingId, amount: { amount: 2501, currency: 'USD' }, reason: 'over' },
        }),
        422,
      );
      const issued = await t.call('POST', '/api/finance/refunds', {
        as: finance,
        body: { bookingId, amount: { amount: 1000, currency: 'USD' }, reason: 'spec' },
      });
      expect(issued.status).toBe(201);
      const { refundId } = issued.body as { refundId: string };
      // stripe-mock's refund fixture has succeeded already.
      expect(await streamTypes(`refund-${refundId}`)).toEqual(['RefundOpened', 'RefundSent', 'RefundSucceeded']);
      const sent = (await store.readStream(`refund-${refundId}`)).find((e) => e.type === 'RefundSent');
      const providerRefundId = (sent?.data as { providerRefundId: string }).providerRefundId;
      expect(providerRefundId).toMatch(/^re_/);
      const updated = await deliver(
        signed(
          event('refund.updated', {
            id: providerRefundId,
            object: 'refund',
            amount: 1000,
            currency: 'usd',
            payment_intent: attempt.intentId,
            status: 'succeeded',
            metadata: { refundId, bookingId },
          }),
        ),
      );
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ ignored: true });
      expect(await streamTypes(`refund-${refundId}`)).toEqual(['RefundOpened', 'RefundSent', 'RefundSucceeded']);
    });
  });

  describe('payments through Stripe when Stripe cannot be reached', () => {
    let t: TestApp;
    let closedPort: number;

    beforeAll(async () => {
      closedPort = await freePort();
      t = await startTestApp({
        env: {
          PAYMENTS_PROVIDER: 'stripe',
          STRIPE_SECRET_KEY: 'sk_test_intspec',
          STRIPE_PUBLISHABLE_KEY: 'pk_test_intspec',
          STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
          STRIPE_API_URL: `http://127.0.0.1:${closedPort}`,
        },
      });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers 503 with Retry-After, in its own words, and the booking can be paid again at once', async () => {
      const bookingId = await placeUsdBooking(t);
      for (let attempt = 0; attempt < 2; attempt++) {
        const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
          as: people.attendee,
          body: { paymentMethodId: 'pm_card_visa' },
        });
        expectProblem(paid, 503);
        expect(paid.headers.get('retry-after')).toBe('5');
        expect(paid.body).toMatchObject({ code: 'payments.provider-unavailable' });
        expect(JSON.stringify(paid.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|sk_test/);
      }
      const view = await t.call('GET', `/api/bookings/${bookingId}`, { as: people.attendee });
      expect(view.body.status).toBe('pending-payment');
    });
  });
}
