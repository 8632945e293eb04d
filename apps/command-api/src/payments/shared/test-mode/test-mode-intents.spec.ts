import { money } from '@booking/domain';
import { PaymentProviderError, attemptStatus } from '../payment-provider';
import type { ProviderEvent } from './provider-events';
import { parseIntentObject, parseRefundObject } from './provider-events';
import { TEST_CARDS } from './test-cards';
import { TestModeIntents } from './test-mode-intents';

function provider() {
  let n = 0;
  const events: ProviderEvent[] = [];
  const intents = new TestModeIntents({
    nextId: () => `0000000000000000000000000000${String(++n).padStart(4, '0')}`,
    now: () => new Date('2030-01-01T00:00:00Z'),
    emit: (event) => events.push(event),
    challengeUrl: (id, back) => `/3ds/${id}?return=${back}`,
  });
  return { intents, events, types: () => events.map((e) => e.type) };
}
const amount = money(2500, 'EUR');
const create = (p: TestModeIntents, key = 'attempt-1') =>
  p.createIntent({ amount, idempotencyKey: key, metadata: { paymentId: 'p1', bookingId: 'b1', idempotencyKey: key } });

describe('the test-mode provider', () => {
  it('creates one intent per idempotency key, and refuses the key with other parameters', async () => {
    const { intents } = provider();
    const a = await create(intents);
    expect(await create(intents)).toBe(a);
    expect((await create(intents, 'attempt-2')).id).not.toBe(a.id);
    await expect(
      intents.createIntent({ amount: money(1, 'EUR'), idempotencyKey: 'attempt-1', metadata: a.metadata }),
    ).rejects.toMatchObject({ code: 'idempotency_key_in_use' });
  });

  it('succeeds 4242 with one charge, however often it is confirmed', async () => {
    const { intents, types } = provider();
    const intent = await create(intents);
    const confirm = () =>
      intents.confirmIntent({ intentId: intent.id, paymentMethod: TEST_CARDS.succeeds, returnUrl: '/b' });
    expect((await confirm()).status).toBe('succeeded');
    expect((await confirm()).status).toBe('succeeded');
    expect(intents.charges).toHaveLength(1);
    expect(types()).toEqual(['payment_intent.created', 'payment_intent.succeeded']);
  });

  it.each([
    [TEST_CARDS.insufficientFunds, 'insufficient_funds'],
    [TEST_CARDS.stolen, 'stolen_card'],
    [TEST_CARDS.declined, 'card_declined'],
    ['4111111111111111', 'unknown_test_card'],
  ])('declines %s as %s, charging nothing', async (cardNumber, declineCode) => {
    const { intents, types } = provider();
    const intent = await create(intents);
    const declined = await intents.confirmIntent({ intentId: intent.id, paymentMethod: cardNumber, returnUrl: '/b' });
    expect(declined.lastPaymentError?.declineCode).toBe(declineCode);
    expect(attemptStatus(declined)).toBe('failed');
    // The attempt is over: confirming it again with a good card changes nothing (a retry is a new attempt).
    const again = await intents.confirmIntent({
      intentId: intent.id,
      paymentMethod: TEST_CARDS.succeeds,
      returnUrl: '/b',
    });
    expect(attemptStatus(again)).toBe('failed');
    expect(intents.charges).toHaveLength(0);
    expect(types()).toEqual(['payment_intent.created', 'payment_intent.payment_failed']);
  });

  it.each([TEST_CARDS.threeDSecure, TEST_CARDS.threeDSecure2])(
    'asks %s for 3-D Secure: passing charges once, failing declines',
    async (cardNumber) => {
      const { intents, types } = provider();
      const intent = await create(intents);
      const waiting = await intents.confirmIntent({
        intentId: intent.id,
        paymentMethod: cardNumber,
        returnUrl: '/bookings/b1',
      });
      expect(waiting.status).toBe('requires_action');
      expect(waiting.nextAction?.url).toBe(`/3ds/${intent.id}?return=/bookings/b1`);
      const passed = await intents.completeChallenge(intent.id, 'pass');
      expect(passed.status).toBe('succeeded');
      await expect(intents.completeChallenge(intent.id, 'pass')).rejects.toBeInstanceOf(PaymentProviderError);
      expect(intents.charges).toHaveLength(1);
      expect(types()).toEqual([
        'payment_intent.created',
        'payment_intent.requires_action',
        'payment_intent.processing',
        'payment_intent.succeeded',
      ]);

      const other = await create(intents, 'attempt-2');
      await intents.confirmIntent({ intentId: other.id, paymentMethod: cardNumber, returnUrl: '/b' });
      const failed = await intents.completeChallenge(other.id, 'fail');
      expect(failed.lastPaymentError?.declineCode).toBe('authentication_failed');
      expect(intents.charges).toHaveLength(1);
    },
  );

  it('refunds a succeeded payment once per key, never above what was paid, in its currency', async () => {
    const { intents, types } = provider();
    const intent = await create(intents);
    await intents.confirmIntent({ intentId: intent.id, paymentMethod: TEST_CARDS.succeeds, returnUrl: '/b' });
    const refund = () => intents.refund({ intentId: intent.id, amount: money(1000, 'EUR'), idempotencyKey: 'r1' });
    expect((await refund()).status).toBe('succeeded');
    expect(await refund()).toEqual(await refund());
    await expect(
      intents.refund({ intentId: intent.id, amount: money(1501, 'EUR'), idempotencyKey: 'r2' }),
    ).rejects.toMatchObject({ code: 'amount_too_large' });
    await expect(
      intents.refund({ intentId: intent.id, amount: money(100, 'USD'), idempotencyKey: 'r3' }),
    ).rejects.toMatchObject({ code: 'currency_mismatch' });
    expect(
      (await intents.refund({ intentId: intent.id, amount: money(1500, 'EUR'), idempotencyKey: 'r4' })).status,
    ).toBe('succeeded');
    expect(types().filter((t) => t === 'charge.refunded')).toHaveLength(2);
  });

  it('accepts a refund of the refund-fails card as pending, then fails it by charge.refund.updated', async () => {
    const { intents, events } = provider();
    const intent = await create(intents);
    await intents.confirmIntent({ intentId: intent.id, paymentMethod: TEST_CARDS.refundFails, returnUrl: '/b' });
    const metadata = { refundId: 'r-1', bookingId: 'b1' };
    const refund = await intents.refund({
      intentId: intent.id,
      amount: money(1000, 'EUR'),
      idempotencyKey: 'k',
      metadata,
    });
    expect(refund).toMatchObject({ status: 'pending', metadata });
    const update = events.find((e) => e.type === 'charge.refund.updated');
    expect(parseRefundObject(update?.data.object)).toEqual({
      id: refund.id,
      intentId: intent.id,
      amount: money(1000, 'EUR'),
      status: 'failed',
      failureReason: 'expired_or_canceled_card',
      metadata,
    });
    expect(events.filter((e) => e.type === 'charge.refunded')).toHaveLength(0);
  });

  it('cancels an intent waiting for 3-D Secure, not a succeeded one', async () => {
    const { intents } = provider();
    const intent = await create(intents);
    await intents.confirmIntent({ intentId: intent.id, paymentMethod: TEST_CARDS.threeDSecure, returnUrl: '/b' });
    expect((await intents.cancelIntent(intent.id, 'abandoned')).status).toBe('canceled');
    const paid = await create(intents, 'attempt-2');
    await intents.confirmIntent({ intentId: paid.id, paymentMethod: TEST_CARDS.succeeds, returnUrl: '/b' });
    await expect(intents.cancelIntent(paid.id, 'abandoned')).rejects.toMatchObject({
      code: 'payment_intent_unexpected_state',
    });
  });

  it('sends intents that read back as they were', async () => {
    const { intents, events } = provider();
    const intent = await create(intents);
    await intents.confirmIntent({ intentId: intent.id, paymentMethod: TEST_CARDS.threeDSecure, returnUrl: '/b' });
    const sent = parseIntentObject(events[1]?.data.object);
    expect(sent).toEqual(await intents.retrieveIntent(intent.id));
    expect(parseIntentObject({ object: 'payment_intent', id: 'pi_x', status: 'weird' })).toBeUndefined();
  });
});
