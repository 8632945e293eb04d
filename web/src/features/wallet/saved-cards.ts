import type { SavedCard } from './wallet.types';

/** The card brands Stripe (and the test-mode provider) name, as people write them. */
const BRANDS: Record<string, string> = {
  amex: 'American Express',
  american_express: 'American Express',
  cartes_bancaires: 'Cartes Bancaires',
  diners: 'Diners Club',
  discover: 'Discover',
  eftpos_au: 'eftpos',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
};

/** 'visa' → "Visa"; a brand this SPA does not know yet shows as the provider named it ("Some_brand" → "Some brand"). */
export function brandName(brand: string): string {
  const known = BRANDS[brand.toLowerCase()];
  if (known) return known;
  const words = brand.replaceAll('_', ' ').trim();
  return !words || words.toLowerCase() === 'unknown' ? 'Card' : words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Visa •••• 4242": how the page, the checkout and its pay button name a saved card. */
export const cardLabel = (card: Pick<SavedCard, 'brand' | 'last4'>) => `${brandName(card.brand)} •••• ${card.last4}`;

/** "Expires 03/2030", or "Expired 03/2024" for a card past its month. */
export function cardExpiry(card: Pick<SavedCard, 'expMonth' | 'expYear' | 'expired'>): string {
  const month = String(card.expMonth).padStart(2, '0');
  return `${card.expired ? 'Expired' : 'Expires'} ${month}/${card.expYear}`;
}

/**
 * The saved cards a checkout offers: those not expired (the server refuses them), the default
 * first, the others newest first as the server lists them.
 */
export function checkoutCards(cards: readonly SavedCard[]): SavedCard[] {
  const usable = cards.filter((card) => !card.expired);
  return [...usable.filter((card) => card.isDefault), ...usable.filter((card) => !card.isDefault)];
}

/** The checkout's "Use a new card" option (card ids are `pm_…`, so it is never one). */
export const NEW_CARD = 'new-card';

/**
 * What the checkout's card choice shows: at first the default card (the first offered), or the
 * new-card form when there is none. A choice made stays while its card is offered, and "new card"
 * stays even when a card saved meanwhile appears (the form keeps its answer); a card gone from the
 * list falls back to the first offered.
 */
export function checkoutChoice(current: string | undefined, offered: readonly Pick<SavedCard, 'id'>[]): string {
  if (current === NEW_CARD) return NEW_CARD;
  if (current !== undefined && offered.some((card) => card.id === current)) return current;
  return offered[0]?.id ?? NEW_CARD;
}
