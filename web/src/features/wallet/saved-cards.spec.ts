import { describe, expect, it } from 'vitest';
import { NEW_CARD, brandName, cardExpiry, cardLabel, checkoutCards, checkoutChoice } from './saved-cards';
import type { SavedCard } from './wallet.types';

const card = (id: string, extra: Partial<SavedCard> = {}): SavedCard => ({
  id,
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2030,
  isDefault: false,
  expired: false,
  savedAt: '2026-05-01T10:00:00.000Z',
  ...extra,
});

describe('naming a saved card', () => {
  it('says the brand as people write it, and the last four digits', () => {
    expect(cardLabel(card('pm_1'))).toBe('Visa •••• 4242');
    expect(cardLabel({ brand: 'amex', last4: '0005' })).toBe('American Express •••• 0005');
    expect(cardLabel({ brand: 'mastercard', last4: '4444' })).toBe('Mastercard •••• 4444');
  });

  it('shows a brand it does not know as the provider named it, and an unknown one as a card', () => {
    expect(brandName('new_network')).toBe('New network');
    expect(brandName('VISA')).toBe('Visa');
    expect(brandName('unknown')).toBe('Card');
    expect(brandName('')).toBe('Card');
  });

  it('gives the expiry as month/year, saying when it has passed', () => {
    expect(cardExpiry(card('pm_1'))).toBe('Expires 12/2030');
    expect(cardExpiry(card('pm_1', { expMonth: 3, expYear: 2031 }))).toBe('Expires 03/2031');
    expect(cardExpiry(card('pm_1', { expMonth: 1, expYear: 2024, expired: true }))).toBe('Expired 01/2024');
  });
});

describe('the saved cards a checkout offers', () => {
  it('leaves out expired cards and puts the default first, the rest newest first as listed', () => {
    const listed = [
      card('pm_new'),
      card('pm_old_expired', { expired: true }),
      card('pm_default', { isDefault: true }),
      card('pm_older'),
    ];
    expect(checkoutCards(listed).map((c) => c.id)).toEqual(['pm_default', 'pm_new', 'pm_older']);
  });

  it('offers none when every card expired, even the default', () => {
    expect(checkoutCards([card('pm_1', { isDefault: true, expired: true }), card('pm_2', { expired: true })])).toEqual(
      [],
    );
  });

  it('preselects the default (the first offered), or the new-card form without saved cards', () => {
    const offered = checkoutCards([card('pm_2'), card('pm_1', { isDefault: true })]);
    expect(checkoutChoice(undefined, offered)).toBe('pm_1');
    expect(checkoutChoice(undefined, [])).toBe(NEW_CARD);
  });

  it('keeps the buyer’s choice while its card is offered, and the new-card form once chosen', () => {
    const offered = [card('pm_1'), card('pm_2')];
    expect(checkoutChoice('pm_2', offered)).toBe('pm_2');
    expect(checkoutChoice(NEW_CARD, offered)).toBe(NEW_CARD);
    // A card gone (removed in another tab, or expired): back to the first offered.
    expect(checkoutChoice('pm_gone', offered)).toBe('pm_1');
    expect(checkoutChoice('pm_gone', [])).toBe(NEW_CARD);
  });
});
