import { describe, expect, it } from 'vitest';
import { presaleOpen, tiersWithAccess } from './access-store';
import type { EventAccess } from './access.types';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const standard = { id: 'standard', name: 'Standard', price: eur(4500) };
const vip = { id: 'vip', name: 'VIP', price: eur(12000), hidden: true };
const access = (over: Partial<EventAccess> = {}): EventAccess => ({
  eventId: 'e1',
  code: 'VIP',
  presale: false,
  tiers: [vip],
  ...over,
});

describe('tiersWithAccess', () => {
  it('adds the unlocked hidden tiers after the public ones, once', () => {
    expect(tiersWithAccess([standard], access()).map((t) => t.id)).toEqual(['standard', 'vip']);
    expect(tiersWithAccess([standard, vip], access()).map((t) => t.id)).toEqual(['standard', 'vip']);
    expect(tiersWithAccess([standard], undefined)).toEqual([standard]);
  });
});

describe('presaleOpen', () => {
  const now = new Date('2030-01-01T12:00:00Z');
  it('is true only for a presale code before sales open', () => {
    const sales = { opensAt: '2030-02-01T00:00:00Z', closesAt: '2030-03-01T00:00:00Z' };
    expect(presaleOpen(access({ presale: true, sales }), now)).toBe(true);
    expect(presaleOpen(access({ presale: false, sales }), now)).toBe(false);
    expect(presaleOpen(access({ presale: true, sales }), new Date('2030-02-01T00:00:00Z'))).toBe(false);
    expect(presaleOpen(access({ presale: true, sales: { closesAt: sales.closesAt } }), now)).toBe(false);
    expect(presaleOpen(undefined, now)).toBe(false);
  });
});
