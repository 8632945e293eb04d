import { TEST_CARDS } from '@booking/command-api';
import type { EventStore } from '@booking/event-store';
import { EVENT_STORE } from '@booking/event-store';
import {
  type PayPalStandIn,
  startPayPalStandIn,
} from '../../command-api/src/payments/shared/paypal/testing/paypal-stand-in';
import { PayPalClient } from '../../command-api/src/payments/shared/paypal/paypal-client';
import { BUYER } from './testing/booking-fixtures';
import { freePort } from './testing/free-port';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const WEBHOOK = '/api/payments/webhooks/paypal';
const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f5', roles: ['finance'] };
const stranger: Persona = { userId: '0190b000-0000-7000-8000-0000000000a9', roles: ['attendee'] };

/** The app's PayPal settings pointed at a running stand-in. */
const standInEnv = (paypal: PayPalStandIn) => ({
  PAYPAL_CLIENT_ID: paypal.clientId,
  PAYPAL_CLIENT_SECRET: paypal.clientSecret,
  PAYPAL_WEBHOOK_ID: paypal.webhookId,
  PAYPAL_API_URL: paypal.url,
  PAYPAL_STAND_IN: 'on',
});

/** A delivery's transmission headers with a signature PayPal never made. */
const forgedHeaders = (paypal: PayPalStandIn, transmissionId: string) => ({
  'content-type': 'application/json',
  'paypal-transmission-id': transmissionId,
  'paypal-transmission-time': new Date().toISOString(),
  'paypal-transmission-sig': Buffer.from('not a signature').toString('base64'),
  'paypal-cert-url': `${paypal.url}/v1/notifications/certs/CERT-STANDIN`,
  'paypal-auth-algo': 'SHA256withRSA',
});

/**
 * The product with PayPal beside the card provider, its adapter pointed at the local stand-in of
 * PayPal's Orders v2 API (a stand-in, not PayPal: no PayPal sandbox can be reached here; see
 * apps/command-api/src/payments/shared/paypal/README.md). The buyer picks PayPal, is sent to the
 * approval page, and comes back (or does not: PayPal's webhook then captures). Webhooks are
 * delivered by hand (`deliverPending`) so that each case says when they arrive.
 */
describe('payments through PayPal (the local stand-in of its API)', () => {
  let t: TestApp;
  let paypal: PayPalStandIn;
  let store: EventStore;

  beforeAll(async () => {
    paypal = await startPayPalStandIn({ webhookDelivery: 'manual' });
    t = await startTestApp({ env: standInEnv(paypal) });
    paypal.setWebhookUrl(`${t.url}${WEBHOOK}`);
    store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
  });
  afterAll(async () => {
    await t?.close();
    await paypal?.close();
  });

  /** A booking of one EUR 25.00 ticket by the attendee, pending payment. */
  const placeBooking = async (): Promise<string> => {
    const { eventId } = await t.publishedEvent(10, people.organizer, {
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
    });
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    expect(placed.status).toBe(201);
    return placed.body.bookingId as string;
  };
  const pay = (bookingId: string, body: object = { paypal: true }) =>
    t.call('POST', `/api/bookings/${bookingId}/payments`, { as: people.attendee, body });
  const back = (orderId: string, step: 'capture' | 'cancel', as: Persona = people.attendee) =>
    t.call('POST', `/api/payments/paypal/orders/${orderId}/${step}`, { as });
  /** The booking's status once the read side has caught up with the log (webhooks answer no position to wait for here). */
  const settledStatus = async (bookingId: string) => {
    const position = String(await store.headPosition());
    const view = await t.call('GET', `/api/bookings/${bookingId}`, {
      as: people.attendee,
      headers: { 'x-min-position': position },
    });
    return view.body.status as string;
  };
  const streamTypes = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);
  const capturesOf = (orderId: string) =>
    paypal
      .events()
      .filter(
        (e) =>
          e.event_type === 'PAYMENT.CAPTURE.COMPLETED' &&
          (e.resource.supplementary_data as { related_ids?: { order_id?: string } } | undefined)?.related_ids
            ?.order_id === orderId,
      );
  /** Pays with PayPal and answers the order id, checking the answer sends the buyer to the approval page. */
  const startPayPal = async (bookingId: string) => {
    const started = await pay(bookingId);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'requires_action', bookingStatus: 'pending-payment' });
    const orderId = started.body.intentId as string;
    expect(started.body.nextAction.url).toBe(`${paypal.url}/checkoutnow?token=${orderId}`);
    return { orderId, paymentId: started.body.paymentId as string };
  };

  it('tells the SPA that PayPal is offered, where its approval page is, and that this is a stand-in', async () => {
    const settings = await t.call('GET', '/api/payments/settings');
    expect(settings.body).toEqual({
      provider: 'test-mode',
      paypal: { approvalOrigin: paypal.url, standIn: true },
    });
  });

  it('creates one order per attempt under its key, with our ids, and asks PayPal for approval with our return URLs', async () => {
    const bookingId = await placeBooking();
    const { orderId, paymentId } = await startPayPal(bookingId);
    const created = paypal
      .requests()
      .find((r) => r.method === 'POST' && r.path === '/v2/checkout/orders' && r.body.includes(paymentId));
    expect(created?.headers['paypal-request-id']).toBe(`attempt-${paymentId}`);
    expect(JSON.parse(created?.body ?? '{}')).toMatchObject({
      intent: 'CAPTURE',
      purchase_units: [
        {
          reference_id: bookingId,
          custom_id: `${paymentId}:${bookingId}`,
          amount: { currency_code: 'EUR', value: '25.00' },
        },
      ],
    });
    const confirm = paypal.requests().find((r) => r.path === `/v2/checkout/orders/${orderId}/confirm-payment-source`);
    const context = JSON.parse(confirm?.body ?? '{}').payment_source.paypal.experience_context;
    expect(context.return_url).toBe(`${t.url}/bookings/${bookingId}/paypal/return`);
    expect(context.cancel_url).toBe(`${t.url}/bookings/${bookingId}/paypal/cancel`);
    expect(await streamTypes(`payment-${paymentId}`)).toEqual(['PaymentIntentCreated', 'PaymentActionRequired']);
  });

  it('captures once when the buyer comes back approved, and only for the buyer', async () => {
    const bookingId = await placeBooking();
    const { orderId, paymentId } = await startPayPal(bookingId);
    // Back before approving (a hand-made return URL): nothing is captured.
    expectProblem(await back(orderId, 'capture'), 409);
    await paypal.approve(orderId);
    expectProblem(await back(orderId, 'capture', stranger), 404);
    const captured = await back(orderId, 'capture');
    expect(captured.status).toBe(200);
    expect(captured.body).toMatchObject({
      status: 'succeeded',
      bookingStatus: 'confirmed',
      intentId: orderId,
      returnUrl: `/bookings/${bookingId}`,
      amount: { amount: 2500, currency: 'EUR' },
    });
    const again = await back(orderId, 'capture');
    expect(again.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    expect(capturesOf(orderId)).toHaveLength(1);
    const succeeded = (await store.readStream(`payment-${paymentId}`)).find((e) => e.type === 'PaymentSucceeded');
    expect(succeeded?.data).toMatchObject({ provider: 'paypal', chargeId: capturesOf(orderId)[0]?.resource.id });
    // The webhooks that follow (approved, captured) change nothing more; a redelivery is a duplicate.
    const statuses = await paypal.deliverPending();
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Processing (approved, the capture under way) is recorded before the capture.
    expect(await streamTypes(`payment-${paymentId}`)).toEqual([
      'PaymentIntentCreated',
      'PaymentActionRequired',
      'PaymentProcessing',
      'PaymentSucceeded',
    ]);
    const last = paypal.events().at(-1);
    expect(await paypal.redeliver(last?.id ?? '')).toBe(200);
  });

  it("confirms the booking by PayPal's webhook when the buyer never comes back", async () => {
    const bookingId = await placeBooking();
    const { orderId } = await startPayPal(bookingId);
    await paypal.approve(orderId);
    await paypal.deliverPending();
    expect(capturesOf(orderId)).toHaveLength(1);
    await paypal.deliverPending();
    expect(await settledStatus(bookingId)).toBe('confirmed');
    // The buyer's late return finds it captured: the same answer, no second capture.
    const late = await back(orderId, 'capture');
    expect(late.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    expect(capturesOf(orderId)).toHaveLength(1);
  });

  it('records a declined funding source as a decline, and the buyer pays again with a new order', async () => {
    const bookingId = await placeBooking();
    const first = await startPayPal(bookingId);
    await paypal.approve(first.orderId, { funding: 'declining' });
    const declined = await back(first.orderId, 'capture');
    expect(declined.body).toMatchObject({
      status: 'declined',
      reason: 'instrument_declined',
      bookingStatus: 'pending-payment',
    });
    const second = await startPayPal(bookingId);
    expect(second.orderId).not.toBe(first.orderId);
    await paypal.approve(second.orderId);
    expect((await back(second.orderId, 'capture')).body).toMatchObject({
      status: 'succeeded',
      bookingStatus: 'confirmed',
    });
  });

  it('cancels the attempt when the buyer leaves PayPal, never captures it afterwards, and takes a card instead', async () => {
    const bookingId = await placeBooking();
    const { orderId, paymentId } = await startPayPal(bookingId);
    expectProblem(await back(orderId, 'cancel', stranger), 404);
    const canceled = await back(orderId, 'cancel');
    expect(canceled.body).toMatchObject({ status: 'canceled', bookingStatus: 'pending-payment' });
    // Approved later in another tab: PayPal's webhook arrives, and the canceled attempt is not charged.
    await paypal.approve(orderId);
    await paypal.deliverPending();
    expect(capturesOf(orderId)).toHaveLength(0);
    expect(await streamTypes(`payment-${paymentId}`)).toEqual([
      'PaymentIntentCreated',
      'PaymentActionRequired',
      'PaymentCanceled',
    ]);
    const card = await pay(bookingId, { cardNumber: TEST_CARDS.succeeds });
    expect(card.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
  });

  it('never charges a canceled attempt when the cancel races the capture (either wins, never both)', async () => {
    for (let round = 0; round < 6; round++) {
      const bookingId = await placeBooking();
      const { orderId, paymentId } = await startPayPal(bookingId);
      await paypal.approve(orderId);
      const [captured, canceled] = await Promise.all([back(orderId, 'capture'), back(orderId, 'cancel')]);
      const types = await streamTypes(`payment-${paymentId}`);
      const charged = capturesOf(orderId).length;
      if (types.includes('PaymentCanceled')) {
        expect(charged).toBe(0);
        expect(types).not.toContain('PaymentSucceeded');
        expect(canceled.body.status).toBe('canceled');
      } else {
        expect(charged).toBe(1);
        expect(types).toContain('PaymentSucceeded');
        expect(captured.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
        expect(['processing', 'succeeded']).toContain(canceled.body.status);
      }
    }
  });

  it('ignores, and never captures, an approved order that is no attempt of ours', async () => {
    const client = new PayPalClient({
      clientId: paypal.clientId,
      clientSecret: paypal.clientSecret,
      apiUrl: paypal.url,
    });
    const other = await client.call<{ id: string }>({
      method: 'POST',
      path: '/v2/checkout/orders',
      body: {
        intent: 'CAPTURE',
        purchase_units: [{ custom_id: 'order:123', amount: { currency_code: 'EUR', value: '5.00' } }],
      },
    });
    await client.call({
      method: 'POST',
      path: `/v2/checkout/orders/${other.id}/confirm-payment-source`,
      body: {
        payment_source: {
          paypal: {
            experience_context: { return_url: 'https://shop.example/r', cancel_url: 'https://shop.example/c' },
          },
        },
      },
    });
    await paypal.approve(other.id);
    await paypal.deliverPending();
    expect(capturesOf(other.id)).toHaveLength(0);
    expect(await streamTypes('payment-order')).toEqual([]);
    expectProblem(await back(other.id, 'capture'), 404);
  });

  it('abandons an attempt waiting on PayPal when the buyer pays by card instead', async () => {
    const bookingId = await placeBooking();
    const { paymentId } = await startPayPal(bookingId);
    const card = await pay(bookingId, { cardNumber: TEST_CARDS.succeeds });
    expect(card.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    expect(await streamTypes(`payment-${paymentId}`)).toContain('PaymentCanceled');
  });

  it('refunds a PayPal payment through PayPal, and its webhook records nothing twice', async () => {
    const bookingId = await placeBooking();
    const { orderId } = await startPayPal(bookingId);
    await paypal.approve(orderId);
    expect((await back(orderId, 'capture')).body.status).toBe('succeeded');
    await paypal.deliverPending();
    const issued = await t.call('POST', '/api/finance/refunds', {
      as: finance,
      body: { bookingId, amount: { amount: 1000, currency: 'EUR' }, reason: 'goodwill' },
    });
    expect(issued.status).toBe(201);
    const { refundId } = issued.body as { refundId: string };
    expect(await streamTypes(`refund-${refundId}`)).toEqual(['RefundOpened', 'RefundSent', 'RefundSucceeded']);
    const refunded = paypal.events().filter((e) => e.event_type === 'PAYMENT.CAPTURE.REFUNDED');
    expect(refunded.at(-1)?.resource).toMatchObject({
      custom_id: `${refundId}:${bookingId}`,
      amount: { currency_code: 'EUR', value: '10.00' },
    });
    await paypal.deliverPending();
    expect(await streamTypes(`refund-${refundId}`)).toEqual(['RefundOpened', 'RefundSent', 'RefundSucceeded']);
  });

  it("reconciles the ledger with PayPal's own records", async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const bookingId = await placeBooking();
    const { orderId } = await startPayPal(bookingId);
    await paypal.approve(orderId);
    await back(orderId, 'capture');
    const to = new Date(Date.now() + 60_000).toISOString();
    const run = await t.call('POST', '/api/finance/reconciliations', {
      as: finance,
      body: { from, to, provider: 'paypal' },
    });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ provider: 'paypal', truncated: false });
    const view = await t.call('GET', `/api/finance/reconciliations/${run.body.reconciliationId}`, {
      as: finance,
      headers: { 'x-min-position': String(run.body.position) },
    });
    expect(view.body).toMatchObject({ provider: 'paypal' });
    expect(view.body.matched).toBeGreaterThanOrEqual(1);
    expect(view.body.discrepancies).toEqual([]);
    expectProblem(
      await t.call('POST', '/api/finance/reconciliations', { as: finance, body: { from, to, provider: 'stripe' } }),
      422,
    );
  });

  it('refuses webhook deliveries without the transmission headers, or that PayPal does not verify, changing nothing', async () => {
    const bookingId = await placeBooking();
    const { orderId, paymentId } = await startPayPal(bookingId);
    await paypal.approve(orderId);
    const approved = paypal
      .events()
      .find((e) => e.event_type === 'CHECKOUT.ORDER.APPROVED' && e.resource.id === orderId);
    const body = JSON.stringify(approved);
    expectProblem(await t.call('POST', WEBHOOK, { body, headers: { 'content-type': 'application/json' } }), 400);
    const forged = forgedHeaders(paypal, '0f0e0d0c-0000-4000-8000-000000000001');
    expectProblem(await t.call('POST', WEBHOOK, { body, headers: forged }), 400);
    expect(capturesOf(orderId)).toHaveLength(0);
    expect(await streamTypes(`payment-${paymentId}`)).toEqual(['PaymentIntentCreated', 'PaymentActionRequired']);
  });

  it('refuses PayPal where it is not offered, and a bad order id, before asking anyone', async () => {
    expectProblem(await back('not-an-order', 'capture'), 400);
    expectProblem(await back('ABCDEFGHIJ0123456', 'capture'), 404);
    const bookingId = await placeBooking();
    expectProblem(await pay(bookingId, { paypal: true, cardNumber: TEST_CARDS.succeeds }), 400);
    expectProblem(await pay(bookingId, { paypal: false }), 400);
  });
});

describe('PayPal webhook deliveries refused too often', () => {
  let t: TestApp;
  let paypal: PayPalStandIn;
  beforeAll(async () => {
    paypal = await startPayPalStandIn({ webhookDelivery: 'manual' });
    t = await startTestApp({ env: { ...standInEnv(paypal), AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await t?.close();
    await paypal?.close();
  });

  it('stops asking PayPal to verify deliveries from an address once it has had too many refused in a minute', async () => {
    const verifications = () =>
      paypal.requests().filter((r) => r.path.startsWith('/v1/notifications/verify-webhook-signature')).length;
    const before = verifications();
    const forged = forgedHeaders(paypal, '0f0e0d0c-0000-4000-8000-000000000002');
    const body = JSON.stringify({ id: 'WH-FORGED-1', event_type: 'CHECKOUT.ORDER.APPROVED', resource: { id: 'X' } });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await t.call('POST', WEBHOOK, { body, headers: forged }));
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 429, 429]);
    expect(verifications() - before).toBe(3); // the refused ones past the budget never reached PayPal
    expectProblem(answers[3], 429);
    expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThan(0);
    // Without its headers, from the same address: answered the same, still without a call.
    expectProblem(await t.call('POST', WEBHOOK, { body, headers: { 'content-type': 'application/json' } }), 429);
    expect(verifications() - before).toBe(3);
  });
});

describe('PayPal unreachable, or not offered', () => {
  let t: TestApp;
  beforeAll(async () => {
    const closed = await freePort();
    t = await startTestApp({
      env: {
        PAYPAL_CLIENT_ID: 'client',
        PAYPAL_CLIENT_SECRET: 'secret',
        PAYPAL_WEBHOOK_ID: 'WH-NONE',
        PAYPAL_API_URL: `http://127.0.0.1:${closed}`,
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 503 with Retry-After, and the booking can be paid by card at once', async () => {
    const { eventId } = await t.publishedEvent(10, people.organizer);
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    const bookingId = placed.body.bookingId as string;
    const down = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: people.attendee,
      body: { paypal: true },
    });
    expectProblem(down, 503);
    expect(down.headers.get('retry-after')).toBe('5');
    const card = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(card.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
  });
});

describe('PayPal not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('offers no PayPal: settings, payments, returns and webhooks say so', async () => {
    expect((await t.call('GET', '/api/payments/settings')).body).toEqual({ provider: 'test-mode' });
    const { eventId } = await t.publishedEvent(10, people.organizer);
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    const refused = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: people.attendee,
      body: { paypal: true },
    });
    expectProblem(refused, 400);
    expect(refused.body.detail).toMatch(/PayPal is not offered/);
    expectProblem(
      await t.call('POST', '/api/payments/paypal/orders/ABCDEFGHIJ0123456/capture', { as: people.attendee }),
      404,
    );
    const headers = {
      'content-type': 'application/json',
      'paypal-transmission-id': 'x',
      'paypal-transmission-time': 'x',
      'paypal-transmission-sig': 'x',
      'paypal-cert-url': 'x',
      'paypal-auth-algo': 'x',
    };
    expectProblem(await t.call('POST', WEBHOOK, { body: '{}', headers }), 404);
    expectProblem(await t.call('POST', WEBHOOK, { body: '{}', headers: { 'content-type': 'application/json' } }), 400);
  });
});
