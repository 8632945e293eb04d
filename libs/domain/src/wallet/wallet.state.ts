import type { SavedCardDetails, WalletEvent } from './wallet.events';

export type SavedCard = SavedCardDetails & Readonly<{ provider: string; savedAt: string }>;

export type WalletState = Readonly<{
  /** The person's customer at each provider. */
  customers: Readonly<Record<string, string>>;
  /** Saved cards, oldest first. */
  cards: readonly SavedCard[];
  defaultId?: string;
}>;

export const initialWalletState = (): WalletState => ({ customers: {}, cards: [] });

export function evolveWallet(state: WalletState, event: WalletEvent): WalletState {
  switch (event.type) {
    case 'WalletCustomerCreated':
      return { ...state, customers: { ...state.customers, [event.data.provider]: event.data.customerId } };
    case 'PaymentMethodSaved': {
      const { paymentMethodId, brand, last4, expMonth, expYear, provider, savedAt } = event.data;
      const card: SavedCard = { paymentMethodId, brand, last4, expMonth, expYear, provider, savedAt };
      return { ...state, cards: [...state.cards, card] };
    }
    case 'DefaultPaymentMethodSet':
      return { ...state, defaultId: event.data.paymentMethodId };
    case 'PaymentMethodRemoved': {
      const { defaultId: _previous, ...rest } = state;
      const cards = state.cards.filter((card) => card.paymentMethodId !== event.data.paymentMethodId);
      return state.defaultId === event.data.paymentMethodId ? { ...rest, cards } : { ...state, cards };
    }
  }
}

/** A card past the end of its expiry month (cards are valid through the month printed on them). */
export function cardExpired(card: Pick<SavedCard, 'expMonth' | 'expYear'>, now: Date): boolean {
  // An erased person's card reads `[erased]`: it can pay no more.
  if (!Number.isInteger(card.expMonth) || !Number.isInteger(card.expYear)) return true;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return card.expYear < year || (card.expYear === year && card.expMonth < month);
}
