// The pages are not re-exported: the router imports each by path (a chunk of its own).
export { NEW_CARD, brandName, cardExpiry, cardLabel, checkoutCards, checkoutChoice } from './saved-cards';
export { saveCard, savedCardsQuery, walletKeys } from './wallet.api';
export { useSavedCards } from './useSavedCards';
export type { NewCardInput, SavedCard } from './wallet.types';
