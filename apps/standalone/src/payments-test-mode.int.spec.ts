import { SIGNATURE_HEADER, TEST_CARDS, TestModePaymentProvider, signatureHeader } from '@booking/command-api';
import type { EventStore } from '@booking/event-store';
import { BUYER } from './testing/booking-fixtures';
import { type SentEvent, startPaymentsApp } from './testing/payments-app';
import { type Persona, type TestApp, expectProblem, people } from './testing/test-app';

const SECRET = 'whsec_int_spec';
const WEBHOOK = '/api/payments/webhooks/test-mode';

/**
 * Checkout pays through the embedded test-mode provider, with its webhooks on (delivered into the
 * app asynchronously, some twice, in a seeded random order): docs/payments.md.
 */
describe('payments through the test-mode provider', () => {
  let t: TestApp;
  let provider: TestModePaymentProvider;
  let store: EventStore;
  let sent: SentEvent[];

  beforeAll(async () => {
    ({ t, provider, store, sent } = await startPaymentsApp({
      seed: 12,
      secret: SECRET,
      maxDelayMs: 30,
      duplicateRate: 0.5,
    }));
  });
  afterAll(async () => {
    await t.close();
  });

  const placeBooking = async (as: Persona = people.attendee) => {
    const { eventId } = await t.publishedEvent(10, people.organizer, {
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
    });
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity: 1 } });
    expect(held.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    expect(placed.status).toBe(201);
    return placed.body.bookingId as string;
  };
  const pay = (bookingId: string, cardNumber: string, as: Persona = people.attendee) =>
    t.call('POST', `/api/bookings/${bookingId}/payments`, { as, body: { cardNumber } });
  const challenge = (intentId: string, outcome: string, as: Persona = people.attendee) =>
    t.call('POST', `/api/payments/test-mode/challenges/${intentId}`, { as, body: { outcome } });
  const booking = (bookingId: string, position?: string) =>
    t.call('GET', `/api/bookings/${bookingId}`, {
      as: people.attendee,
      headers: position ? { 'x-min-position': position } : {},
    });
  const streamTypes = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);
  const chargesOf = (bookingId: string) =>
    provider.charges.filter((c) =>
      sent.some((e) => e.data.object.id === c.intentId && meta(e).bookingId === bookingId),
    );
  const meta = (e: SentEvent) => e.data.object.metadata as { bookingId: string; paymentId: string };
  const deliver = (payload: string, header = signatureHeader(payload, SECRET, Math.floor(Date.now() / 1000))) =>
    t.call('POST', WEBHOOK, { body: payload, headers: { [SIGNATURE_HEADER]: header } });
  const settled = () => provider.webhooks.idle();

  it('tells the SPA it pays through the embedded test-mode provider', async () => {
    expect((await t.call('GET', '/api/payments/settings')).body).toEqual({ provider: 'test-mode' });
  });

  it('confirms a booking paid with 4242, and the webhooks that follow change nothing', async () => {
    const bookingId = await placeBooking();
    const paid = await pay(bookingId, TEST_CARDS.succeeds);
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed', intentId: /^pi_/ });
    const stream = `payment-${paid.body.paymentId}`;
    expect(await streamTypes(stream)).toEqual(['PaymentIntentCreated', 'PaymentSucceeded']);
    await settled();
    expect(await streamTypes(stream)).toEqual(['PaymentIntentCreated', 'PaymentSucceeded']);
    expect(chargesOf(bookingId)).toHaveLength(1);
    expect((await booking(bookingId, paid.body.position)).body.status).toBe('confirmed');
  });

  it('declines 9995 with its reason, then a retry with 4242 is a new attempt: two intents, one charge', async () => {
    const bookingId = await placeBooking();
    const declined = await pay(bookingId, TEST_CARDS.insufficientFunds);
    expect(declined.status).toBe(201);
    expect(declined.body).toMatchObject({
      status: 'declined',
      reason: 'insufficient_funds',
      bookingStatus: 'pending-payment',
    });
    const stolen = await pay(bookingId, TEST_CARDS.stolen);
    expect(stolen.body).toMatchObject({ status: 'declined', reason: 'stolen_card' });
    const paid = await pay(bookingId, TEST_CARDS.succeeds);
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    expect(new Set([declined.body.intentId, stolen.body.intentId, paid.body.intentId]).size).toBe(3);
    await settled();
    expect(chargesOf(bookingId)).toHaveLength(1);
    const read = await booking(bookingId, paid.body.position);
    expect(read.body.payments.map((p: { status: string }) => p.status)).toEqual(['declined', 'declined', 'succeeded']);
    expect(read.body.payments[0].declineReason).toBe('insufficient_funds');
    expect(await streamTypes(`payment-${declined.body.paymentId}`)).toEqual(['PaymentIntentCreated', 'PaymentFailed']);
  });

  it('sends a 3-D Secure card to the challenge; passing it confirms the booking', async () => {
    const bookingId = await placeBooking();
    const waiting = await pay(bookingId, TEST_CARDS.threeDSecure);
    expect(waiting.body).toMatchObject({ status: 'requires_action', bookingStatus: 'pending-payment' });
    expect(waiting.body.nextAction.url).toBe(
      `/payments/test-mode/challenge/${waiting.body.intentId}?return=${encodeURIComponent(`/bookings/${bookingId}`)}`,
    );
    const shown = await booking(bookingId, waiting.body.position);
    expect(shown.body.payments[0]).toMatchObject({
      status: 'requires_action',
      nextActionUrl: waiting.body.nextAction.url,
    });
    // Nobody else answers it.
    expectProblem(await challenge(waiting.body.intentId, 'pass', people.otherAttendee), 404);
    const passed = await challenge(waiting.body.intentId, 'pass');
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({
      status: 'succeeded',
      bookingStatus: 'confirmed',
      returnUrl: `/bookings/${bookingId}`,
    });
    expectProblem(await challenge(waiting.body.intentId, 'pass'), 409);
    await settled();
    // Processing is recorded only when its webhook overtakes the challenge's own answer.
    const types = await streamTypes(`payment-${waiting.body.paymentId}`);
    expect(types.filter((type) => type !== 'PaymentProcessing')).toEqual([
      'PaymentIntentCreated',
      'PaymentActionRequired',
      'PaymentSucceeded',
    ]);
    expect(types.filter((type) => type === 'PaymentProcessing').length).toBeLessThanOrEqual(1);
    expect(chargesOf(bookingId)).toHaveLength(1);
  });

  it('cancels a challenge the buyer left when they pay with another card: a new attempt, one charge', async () => {
    const bookingId = await placeBooking();
    const waiting = await pay(bookingId, TEST_CARDS.threeDSecure);
    expect(waiting.body.status).toBe('requires_action');
    // Someone else cannot cancel it by paying: 404, and the attempt still waits.
    expectProblem(await pay(bookingId, TEST_CARDS.succeeds, people.otherAttendee), 404);
    expect((await provider.retrieveIntent(waiting.body.intentId))?.status).toBe('requires_action');
    const paid = await pay(bookingId, TEST_CARDS.succeeds);
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    expect((await provider.retrieveIntent(waiting.body.intentId))?.status).toBe('canceled');
    expect(await streamTypes(`payment-${waiting.body.paymentId}`)).toEqual([
      'PaymentIntentCreated',
      'PaymentActionRequired',
      'PaymentCanceled',
    ]);
    expectProblem(await challenge(waiting.body.intentId, 'pass'), 409);
    await settled();
    expect(chargesOf(bookingId)).toHaveLength(1);
    const read = await booking(bookingId, paid.body.position);
    expect(read.body.payments.map((p: { status: string }) => p.status)).toEqual(['declined', 'succeeded']);
  });

  it('declines a failed 3-D Secure challenge; the buyer pays again', async () => {
    const bookingId = await placeBooking();
    const waiting = await pay(bookingId, TEST_CARDS.threeDSecure2);
    const failed = await challenge(waiting.body.intentId, 'fail');
    expect(failed.body).toMatchObject({
      status: 'declined',
      reason: 'authentication_failed',
      bookingStatus: 'pending-payment',
    });
    const paid = await pay(bookingId, TEST_CARDS.succeeds);
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    await settled();
    expect(chargesOf(bookingId)).toHaveLength(1);
  });

  it('confirms a booking from the webhook alone when the buyer closed the browser after 3-D Secure', async () => {
    const bookingId = await placeBooking();
    const waiting = await pay(bookingId, TEST_CARDS.threeDSecure);
    // The provider's page was answered, but our app never saw the return: only webhooks tell it.
    await provider.completeChallenge(waiting.body.intentId, 'pass');
    await settled();
    const read = await booking(bookingId, String(await store.headPosition()));
    expect(read.body.status).toBe('confirmed');
    expect(read.body.payments[0].status).toBe('succeeded');
  });

  it('changes nothing for a duplicated or an out-of-order webhook', async () => {
    const bookingId = await placeBooking();
    const waiting = await pay(bookingId, TEST_CARDS.threeDSecure);
    await challenge(waiting.body.intentId, 'pass');
    await settled();
    const ofThis = sent.filter((e) => meta(e).bookingId === bookingId);
    const succeeded = ofThis.find((e) => e.type === 'payment_intent.succeeded');
    const actionRequired = ofThis.find((e) => e.type === 'payment_intent.requires_action');
    expect(succeeded && actionRequired).toBeTruthy();
    const payment = `payment-${waiting.body.paymentId}`;
    const before = await streamTypes(payment);
    const bookingBefore = await streamTypes(`booking-${bookingId}`);

    const duplicate = await deliver(JSON.stringify(succeeded));
    expect(duplicate.status).toBe(200);
    expect(duplicate.body).toMatchObject({ received: true, duplicate: true });
    // The same intent as it was before 3-D Secure, under a new event id: stale, so nothing moves back.
    const stale = await deliver(JSON.stringify({ ...actionRequired, id: 'evt_lateactionrequired1' }));
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ received: true, duplicate: false });
    expect(await streamTypes(payment)).toEqual(before);
    expect(await streamTypes(`booking-${bookingId}`)).toEqual(bookingBefore);
    expect(chargesOf(bookingId)).toHaveLength(1);
  });

  it('refuses a webhook with a bad, old or missing signature (400 problem+json), changing nothing', async () => {
    const bookingId = await placeBooking();
    const waiting = await pay(bookingId, TEST_CARDS.threeDSecure);
    await settled();
    const forged = JSON.stringify({
      id: 'evt_forgedsucceeded1',
      object: 'event',
      type: 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          ...sent.find((e) => e.data.object.id === waiting.body.intentId)?.data.object,
          status: 'succeeded',
          next_action: null,
        },
      },
    });
    const head = () => store.headPosition();
    const before = await head();
    const now = Math.floor(Date.now() / 1000);
    for (const header of [
      signatureHeader(forged, 'whsec_not_ours', now),
      signatureHeader(forged, SECRET, now - 301),
      `t=${now},v1=${'0'.repeat(64)}`,
      'nonsense',
    ]) {
      const refused = await deliver(forged, header);
      expectProblem(refused, 400);
      expect(refused.body.code).toBe('payments.webhook-signature');
    }
    expectProblem(await t.call('POST', WEBHOOK, { body: forged }), 400);
    expect(await head()).toBe(before);
    expect((await booking(bookingId)).body.status).toBe('pending-payment');
    // Signed properly, the same event is taken (it is the provider's word).
    expect((await deliver(forged)).status).toBe(200);
    expect((await booking(bookingId, String(await head()))).body.status).toBe('confirmed');
  });

  it('refuses a bad intent id or outcome on the challenge with 400', async () => {
    expectProblem(await challenge('pi_nothex', 'pass'), 400);
    expectProblem(await challenge(`pi_${'a'.repeat(32)}`, 'maybe'), 400);
    expectProblem(await challenge(`pi_${'a'.repeat(32)}`, 'pass'), 404);
  });
});
