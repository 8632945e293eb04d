import type { RecordedEvent } from '@booking/event-store';
import { type PaymentAttemptDoc, paymentAttemptsProjection } from './payment-attempts.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>, day = '2030-01-01'): RecordedEvent => {
  position += 1n;
  return {
    id: `e${position}`,
    type,
    data,
    metadata: { occurredAt: `${day}T10:00:00.000Z` },
    stream: 'payment-p1',
    revision: position,
    position,
  } as unknown as RecordedEvent;
};
const ids = { paymentId: 'p1', bookingId: 'b1', intentId: 'pi_1' };
const amount = { amount: 2500, currency: 'EUR' };

function project(events: RecordedEvent[]): PaymentAttemptDoc | undefined {
  let doc: PaymentAttemptDoc | null = null;
  for (const event of events) {
    const next = paymentAttemptsProjection.evolve(doc, event);
    doc = next ? ({ ...next, _position: Number(event.position) } as PaymentAttemptDoc) : null;
  }
  return doc ?? undefined;
}

describe('payment attempts read model', () => {
  it('records a decline with its reason on the day it happened', () => {
    expect(
      project([
        recorded('PaymentIntentCreated', { ...ids, amount, provider: 'test-mode', idempotencyKey: 'k' }),
        recorded('PaymentFailed', { ...ids, amount, provider: 'test-mode', reason: 'stolen_card' }, '2030-01-02'),
      ]),
    ).toMatchObject({ _id: 'p1', status: 'failed', reason: 'stolen_card', day: '2030-01-02', amount });
  });

  it('keeps a success final: a late decline or cancel does not turn it back', () => {
    const success = recorded('PaymentSucceeded', { ...ids, amount, provider: 'test-mode', reference: 'pi_1' });
    const doc = project([
      success,
      recorded('PaymentFailed', { ...ids, amount, provider: 'test-mode', reason: 'card_declined' }),
      recorded('PaymentCanceled', { ...ids, reason: 'abandoned' }),
    ]);
    expect(doc).toMatchObject({ status: 'succeeded', day: '2030-01-01' });
    expect(doc?.reason).toBeUndefined();
    // A success after a decline (money moved after all) counts as the success.
    expect(
      project([recorded('PaymentFailed', { ...ids, amount, provider: 'test-mode', reason: 'x' }), success]),
    ).toMatchObject({ status: 'succeeded' });
  });
});
