import type { WalletDoc } from '@booking/projections';
import { clockAt, readModelsWith } from '../../testing/read-models.fixture';
import { MyPaymentMethodsHandler } from './my-payment-methods.handler';
import { MyPaymentMethodsQuery } from './my-payment-methods.query';

const card = (n: number, over: Partial<WalletDoc['cards'][number]> = {}) => ({
  paymentMethodId: `pm_${n}`,
  provider: 'test-mode',
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2030,
  savedAt: `2026-12-0${n}T00:00:00.000Z`,
  ...over,
});

describe('MyPaymentMethodsHandler', () => {
  it("answers the caller's cards of the configured provider, newest first, with default and expiry", async () => {
    const readModels = await readModelsWith({
      wallets: [
        {
          _id: 'u1',
          _position: 3,
          userId: 'u1',
          cards: [card(1), card(2, { expYear: 2026, expMonth: 11 }), card(3, { provider: 'stripe' })],
          defaultId: 'pm_1',
        },
        { _id: 'u2', _position: 4, userId: 'u2', cards: [card(4)] },
      ],
    });
    const config = { payments: { provider: 'test-mode' } } as never;
    const handler = new MyPaymentMethodsHandler(readModels, config, clockAt('2026-12-05T00:00:00.000Z'));
    const { items } = await handler.execute(
      new MyPaymentMethodsQuery({ viewer: { userId: 'u1', roles: [] } as never }),
    );
    expect(items.map(({ id, isDefault, expired }) => ({ id, isDefault, expired }))).toEqual([
      { id: 'pm_2', isDefault: false, expired: true },
      { id: 'pm_1', isDefault: true, expired: false },
    ]);
    const none = await handler.execute(new MyPaymentMethodsQuery({ viewer: { userId: 'u9', roles: [] } as never }));
    expect(none.items).toEqual([]);
  });
});
