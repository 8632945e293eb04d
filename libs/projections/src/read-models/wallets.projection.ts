import { walletContext } from '@booking/domain';
import { type Projected, type Unpositioned, defineProjection, unpositioned } from '../projection';

export type WalletCardDoc = Readonly<{
  paymentMethodId: string;
  provider: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  savedAt: string;
}>;

/** Answers "which cards has this person saved" (the payment methods page, the pay step): one document per person. */
export type WalletDoc = Projected & {
  userId: string;
  /** Oldest first, as saved. */
  cards: WalletCardDoc[];
  defaultId?: string;
};

/** The person's document as it is, or a new one (a wallet's first event makes it). */
const current = (doc: WalletDoc | null, userId: string): Unpositioned<WalletDoc> =>
  doc ? unpositioned(doc) : ({ _id: userId, userId, cards: [] } as unknown as Unpositioned<WalletDoc>);

export const walletsProjection = defineProjection<WalletDoc>()({
  name: 'wallets',
  version: 1,
  reads: [walletContext],
  ignores: ['WalletCustomerCreated'],
  keyOf: (event) => event.data.userId,
  on: {
    PaymentMethodSaved: (doc, { data }) => {
      const { paymentMethodId, provider, brand, last4, expMonth, expYear, savedAt } = data;
      const card = { paymentMethodId, provider, brand, last4, expMonth, expYear, savedAt };
      const wallet = current(doc, data.userId);
      if (wallet.cards.some((c) => c.paymentMethodId === paymentMethodId)) return wallet;
      return { ...wallet, cards: [...wallet.cards, card] };
    },
    DefaultPaymentMethodSet: (doc, { data }) => ({ ...current(doc, data.userId), defaultId: data.paymentMethodId }),
    PaymentMethodRemoved: (doc, { data }) => {
      const { defaultId, ...wallet } = current(doc, data.userId);
      return {
        ...wallet,
        cards: wallet.cards.filter((c) => c.paymentMethodId !== data.paymentMethodId),
        ...(defaultId && defaultId !== data.paymentMethodId ? { defaultId } : {}),
      };
    },
  },
});
