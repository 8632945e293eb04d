import type { RecordedEvent } from '@booking/event-store';
import { type RefundDoc, refundsProjection } from './refunds.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>, id = `e${position + 1n}`): RecordedEvent =>
  ({
    id,
    type,
    data,
    metadata: { occurredAt: `2030-01-01T00:00:0${Number(++position % 10n)}.000Z` },
    stream: 'refund-r1',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

const ids = { refundId: 'r1', bookingId: 'b1', paymentId: 'p1' };
const requested = () =>
  recorded(
    'RefundRequested',
    { bookingId: 'b1', buyerId: 'alice', paymentId: 'p1', amount: { amount: 1500, currency: 'EUR' }, reason: 'x' },
    'r1',
  );
const opened = () =>
  recorded('RefundOpened', {
    ...ids,
    buyerId: 'alice',
    amount: { amount: 1500, currency: 'EUR' },
    reason: 'x',
    provider: 'test-mode',
    intentId: 'pi_1',
    idempotencyKey: 'refund-r1',
  });
const sent = () => recorded('RefundSent', { ...ids, providerRefundId: 're_1' });
const failed = () => recorded('RefundFailed', { ...ids, providerRefundId: 're_1', reason: 'expired_or_canceled_card' });
const manual = () => recorded('RefundResolvedManually', { ...ids, note: 'Bank transfer', by: 'fin' });

function project(events: RecordedEvent[], docs = new Map<string, RefundDoc>()): Map<string, RefundDoc> {
  for (const event of events) {
    const key = refundsProjection.keyOf(event)!;
    const next = refundsProjection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as RefundDoc);
  }
  return docs;
}

describe('refunds read model', () => {
  it('follows a refund from its request to finance resolving it by hand', () => {
    const doc = project([requested(), opened(), sent(), failed(), manual()]).get('r1');
    expect(doc).toMatchObject({
      bookingId: 'b1',
      status: 'manual',
      provider: 'test-mode',
      intentId: 'pi_1',
      providerRefundId: 're_1',
      failureReason: 'expired_or_canceled_card',
      manualNote: 'Bank transfer',
      resolvedBy: 'fin',
    });
  });

  it('is idempotent when run twice', () => {
    const events = [requested(), opened(), sent(), failed()];
    const once = project(events);
    const twice = project(events, new Map(once));
    expect(twice.get('r1')).toEqual(once.get('r1'));
  });
});
