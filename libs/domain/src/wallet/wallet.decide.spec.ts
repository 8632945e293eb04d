import { type Actor, scenario } from '../kernel';
import { MAX_SAVED_CARDS, cardForPayment } from './wallet.decide';
import { walletDecider } from './wallet.decider';
import type { WalletEvent } from './wallet.events';
import { cardExpired } from './wallet.state';

const given = scenario(walletDecider).given;
const ada: Actor = { userId: 'u-ada', roles: ['attendee'] };
const bob: Actor = { userId: 'u-bob', roles: ['attendee'] };
const now = new Date('2027-03-10T12:00:00Z');
const at = (actor: Actor = ada) => ({ now, actor });

const customer: WalletEvent = {
  type: 'WalletCustomerCreated',
  data: { userId: 'u-ada', provider: 'test-mode', customerId: 'cus_1' },
};
const card = (n: number, over: Partial<{ expMonth: number; expYear: number }> = {}) => ({
  userId: 'u-ada',
  provider: 'test-mode',
  setupIntentId: `seti_${n}`,
  paymentMethodId: `pm_${n}`,
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2030,
  ...over,
});
const saved = (n: number): WalletEvent => ({
  type: 'PaymentMethodSaved',
  data: { ...card(n), savedAt: '2027-03-01T00:00:00.000Z' },
});
const savedNow = (n: number): WalletEvent => ({
  type: 'PaymentMethodSaved',
  data: { ...card(n), savedAt: now.toISOString() },
});
const defaulted = (n: number): WalletEvent => ({
  type: 'DefaultPaymentMethodSet',
  data: { userId: 'u-ada', paymentMethodId: `pm_${n}` },
});
const save = (n: number, actor: Actor = ada, over = {}) => ({
  type: 'SavePaymentMethod' as const,
  data: card(n, over),
  metadata: at(actor),
});

describe('the wallet: saved cards', () => {
  it('creates the customer once per provider, for its owner only', () => {
    const create = (actor: Actor = ada) => ({
      type: 'CreateWalletCustomer' as const,
      data: customer.data,
      metadata: at(actor),
    });
    given([]).when(create()).then([customer]);
    given([customer]).when(create()).then([]);
    given([]).when(create(bob)).thenFails('wallet.forbidden');
  });

  it('saves a card once; the first one becomes the default', () => {
    given([customer])
      .when(save(1))
      .then([savedNow(1), defaulted(1)]);
    given([customer, saved(1), defaulted(1)])
      .when(save(2))
      .then([savedNow(2)]);
    given([customer, saved(1), defaulted(1)])
      .when(save(1))
      .then([]);
  });

  it('refuses a card without a customer, of someone else, expired, or past the limit', () => {
    given([]).when(save(1)).thenFails('wallet.no-customer');
    given([customer]).when(save(1, bob)).thenFails('wallet.forbidden');
    given([customer])
      .when(save(1, ada, { expMonth: 2, expYear: 2027 }))
      .thenFails('wallet.card-expired');
    const full = [customer, ...Array.from({ length: MAX_SAVED_CARDS }, (_, i) => saved(i + 1)), defaulted(1)];
    given(full).when(save(99)).thenFails('wallet.full');
  });

  it('sets the default among the saved cards only', () => {
    const setDefault = (n: number, actor: Actor = ada) => ({
      type: 'SetDefaultPaymentMethod' as const,
      data: { userId: 'u-ada', paymentMethodId: `pm_${n}` },
      metadata: at(actor),
    });
    const wallet = [customer, saved(1), defaulted(1), saved(2)];
    given(wallet)
      .when(setDefault(2))
      .then([defaulted(2)]);
    given(wallet).when(setDefault(1)).then([]);
    given(wallet).when(setDefault(3)).thenFails('wallet.card-not-found');
    given(wallet).when(setDefault(2, bob)).thenFails('wallet.forbidden');
  });

  it('removes a card; removing the default makes the latest remaining card the default', () => {
    const remove = (n: number) => ({
      type: 'RemovePaymentMethod' as const,
      data: { userId: 'u-ada', paymentMethodId: `pm_${n}` },
      metadata: at(),
    });
    const removed = (n: number): WalletEvent => ({
      type: 'PaymentMethodRemoved',
      data: { userId: 'u-ada', paymentMethodId: `pm_${n}` },
    });
    const wallet = [customer, saved(1), defaulted(1), saved(2), saved(3)];
    given(wallet)
      .when(remove(2))
      .then([removed(2)]);
    given(wallet)
      .when(remove(1))
      .then([removed(1), defaulted(3)]);
    given([customer, saved(1), defaulted(1)])
      .when(remove(1))
      .then([removed(1)]);
    given([...wallet, removed(2)])
      .when(remove(2))
      .thenFails('wallet.card-not-found');
  });

  it('lets a payment use only an own, unexpired card of the charging provider', () => {
    const state = [customer, saved(1), defaulted(1)].reduce(walletDecider.evolve, walletDecider.initialState());
    expect(cardForPayment(state, 'pm_1', 'test-mode', now).last4).toBe('4242');
    expect(() => cardForPayment(state, 'pm_9', 'test-mode', now)).toThrow(/No such saved card/);
    expect(() => cardForPayment(state, 'pm_1', 'stripe', now)).toThrow(/another payment provider/);
    expect(() => cardForPayment(state, 'pm_1', 'test-mode', new Date('2031-01-01T00:00:00Z'))).toThrow(/expired/);
  });

  it('counts a card valid through the month printed on it', () => {
    expect(cardExpired({ expMonth: 3, expYear: 2027 }, now)).toBe(false);
    expect(cardExpired({ expMonth: 2, expYear: 2027 }, now)).toBe(true);
    expect(cardExpired({ expMonth: 1, expYear: 2028 }, now)).toBe(false);
  });
});
