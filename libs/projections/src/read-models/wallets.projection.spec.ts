import type { RecordedEvent } from '@booking/event-store';
import { walletsProjection } from './wallets.projection';

let position = 0n;
const recorded = (type: string, data: object): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    stream: 'wallet-u1',
    revision: position,
    position,
    data,
    metadata: { occurredAt: '2027-03-01T00:00:00.000Z', actor: { userId: 'u1', roles: [] }, correlationId: 'c' },
  }) as unknown as RecordedEvent;

const card = (n: number) => ({
  userId: 'u1',
  provider: 'test-mode',
  setupIntentId: `seti_${n}`,
  paymentMethodId: `pm_${n}`,
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2030,
  savedAt: `2027-03-0${n}T00:00:00.000Z`,
});

describe('the wallets read model', () => {
  const apply = (events: RecordedEvent[]) =>
    events.reduce<ReturnType<typeof walletsProjection.evolve> | null>(
      (doc, event) => walletsProjection.evolve(doc as never, event) as never,
      null,
    );

  it('lists a person’s saved cards and the default, and forgets a removed one', () => {
    const doc = apply([
      recorded('PaymentMethodSaved', card(1)),
      recorded('DefaultPaymentMethodSet', { userId: 'u1', paymentMethodId: 'pm_1' }),
      recorded('PaymentMethodSaved', card(2)),
      recorded('PaymentMethodRemoved', { userId: 'u1', paymentMethodId: 'pm_1' }),
      recorded('DefaultPaymentMethodSet', { userId: 'u1', paymentMethodId: 'pm_2' }),
    ]);
    expect(doc).toMatchObject({ _id: 'u1', userId: 'u1', defaultId: 'pm_2' });
    expect((doc as { cards: Array<{ paymentMethodId: string }> }).cards.map((c) => c.paymentMethodId)).toEqual([
      'pm_2',
    ]);
    expect(walletsProjection.keyOf(recorded('PaymentMethodSaved', card(3)))).toBe('u1');
  });

  it('is idempotent: the same saved card twice is one card; removing the default leaves none', () => {
    const saved = recorded('PaymentMethodSaved', card(1));
    const doc = apply([
      saved,
      saved,
      recorded('DefaultPaymentMethodSet', { userId: 'u1', paymentMethodId: 'pm_1' }),
      recorded('PaymentMethodRemoved', { userId: 'u1', paymentMethodId: 'pm_1' }),
    ]);
    expect(doc).toMatchObject({ cards: [] });
    expect(doc).not.toHaveProperty('defaultId');
    expect(apply([saved, saved])).toMatchObject({ cards: [{ paymentMethodId: 'pm_1', savedAt: card(1).savedAt }] });
  });
});
