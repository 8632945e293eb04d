import { type Actor, money, scenario } from '../kernel';
import type { IntentStatus, PaymentEvent, RecordIntentStatus } from './payment';
import { paymentDecider } from './payment.decide';

const actor: Actor = { userId: 'system:payments', roles: [] };
const amount = money(4000, 'EUR');
const now = new Date('2030-01-01T00:00:00Z');
const base = {
  paymentId: 'p1',
  bookingId: 'b1',
  amount,
  provider: 'test-mode',
  intentId: 'pi_1',
  idempotencyKey: 'k1',
};
const status = (s: IntentStatus, extra: Partial<RecordIntentStatus['data']> = {}): RecordIntentStatus => ({
  type: 'RecordIntentStatus',
  data: { ...base, status: s, ...extra },
  metadata: { now, actor },
});
const ids = { paymentId: 'p1', bookingId: 'b1', intentId: 'pi_1' };
const created: PaymentEvent = { type: 'PaymentIntentCreated', data: { ...base } };
const actionRequired: PaymentEvent = { type: 'PaymentActionRequired', data: { ...ids, nextActionUrl: '/3ds/pi_1' } };
const processing: PaymentEvent = { type: 'PaymentProcessing', data: ids };
const succeeded: PaymentEvent = {
  type: 'PaymentSucceeded',
  data: { paymentId: 'p1', bookingId: 'b1', amount, provider: 'test-mode', reference: 'pi_1' },
};
const failed = (reason: string): PaymentEvent => ({
  type: 'PaymentFailed',
  data: { paymentId: 'p1', bookingId: 'b1', amount, provider: 'test-mode', reason, intentId: 'pi_1' },
});
const canceled: PaymentEvent = { type: 'PaymentCanceled', data: { ...ids, reason: 'abandoned' } };
const given = scenario(paymentDecider).given;

describe('CreatePaymentIntent', () => {
  const create = (intentId = 'pi_1') => ({
    type: 'CreatePaymentIntent' as const,
    data: { ...base, intentId },
    metadata: { now, actor },
  });
  it('records the intent of an attempt once', () => {
    given([]).when(create()).then([created]);
    given([created]).when(create()).then([]);
    given([created, succeeded]).when(create()).then([]);
  });
  it('refuses a second intent for the same attempt', () => {
    given([created]).when(create('pi_2')).thenFails('payment.intent-mismatch');
  });
});

describe('RecordIntentStatus', () => {
  it("records the provider's charge id with the success", () => {
    given([created])
      .when(status('succeeded', { chargeId: 'ch_1' }))
      .then([{ type: 'PaymentSucceeded', data: { ...(succeeded.data as object), chargeId: 'ch_1' } } as PaymentEvent]);
  });

  it('follows the intent forward: requires_action → processing → succeeded', () => {
    given([created])
      .when(status('requires_action', { nextActionUrl: '/3ds/pi_1' }))
      .then([actionRequired]);
    given([created, actionRequired]).when(status('processing')).then([processing]);
    given([created, actionRequired, processing]).when(status('succeeded')).then([succeeded]);
  });

  it('records a decline with its code, and a cancellation', () => {
    given([created])
      .when(status('failed', { reason: 'insufficient_funds' }))
      .then([failed('insufficient_funds')]);
    given([created, actionRequired])
      .when(status('failed', { reason: 'authentication_failed' }))
      .then([failed('authentication_failed')]);
    given([created, actionRequired])
      .when(status('canceled', { reason: 'abandoned' }))
      .then([canceled]);
  });

  it('creates the attempt first when a webhook arrives before the intent was recorded', () => {
    given([]).when(status('succeeded')).then([created, succeeded]);
    given([]).when(status('requires_payment_method')).then([created]);
  });

  it('changes nothing for a duplicate or an answer overtaken by a later one', () => {
    given([created, succeeded]).when(status('succeeded')).then([]);
    given([created, succeeded]).when(status('processing')).then([]);
    given([created, succeeded])
      .when(status('requires_action', { nextActionUrl: '/3ds/pi_1' }))
      .then([]);
    given([created, processing])
      .when(status('requires_action', { nextActionUrl: '/3ds/pi_1' }))
      .then([]);
    given([created, failed('stolen_card')])
      .when(status('failed', { reason: 'stolen_card' }))
      .then([]);
    given([created, succeeded])
      .when(status('failed', { reason: 'card_declined' }))
      .then([]);
    given([created, succeeded]).when(status('canceled')).then([]);
    given([created]).when(status('requires_payment_method')).then([]);
  });

  it('does not cancel a processing attempt (a capture under way), which still succeeds or fails', () => {
    given([created, actionRequired, processing])
      .when(status('canceled', { reason: 'abandoned' }))
      .then([]);
    given([created, actionRequired, processing]).when(status('succeeded')).then([succeeded]);
    given([created, actionRequired])
      .when(status('canceled', { reason: 'abandoned' }))
      .then([canceled]);
  });

  it('records money that moved after a failure or a cancellation (the booking then confirms or refunds)', () => {
    given([created, failed('authentication_failed')])
      .when(status('succeeded'))
      .then([succeeded]);
    given([created, canceled]).when(status('succeeded')).then([succeeded]);
  });

  it("refuses another intent's answer and an action without its URL", () => {
    given([created])
      .when(status('succeeded', { intentId: 'pi_other' }))
      .thenFails('payment.intent-mismatch');
    given([created]).when(status('requires_action')).thenFails('payment.next-action-missing');
  });
});
