import { describe, expect, it } from 'vitest';
import { describeAccess, describeDiscount, emptyPromoForm, toNewPromoCode } from './promo-form';

describe('the promo code form', () => {
  it('builds a percentage code, upper case, with only the limits given', () => {
    const { request, errors } = toNewPromoCode({
      ...emptyPromoForm(),
      code: ' spring-10 ',
      value: '10',
      maxUses: '50',
    });
    expect(errors).toEqual({});
    expect(request).toEqual({ code: 'SPRING-10', percentOff: 10, maxUses: 50 });
  });

  it('turns an amount into minor units and lists tiers and events', () => {
    const { request } = toNewPromoCode({
      ...emptyPromoForm(),
      code: 'FIVER',
      kind: 'amount',
      value: '7.50',
      tierIds: 'standard, reduced',
      eventIds: ['e1'],
    });
    expect(request).toEqual({
      code: 'FIVER',
      amountOff: { amount: 750, currency: 'EUR' },
      tierIds: ['standard', 'reduced'],
      eventIds: ['e1'],
    });
    expect(toNewPromoCode({ ...emptyPromoForm(), code: 'FREE', kind: 'free-ticket' }).request).toEqual({
      code: 'FREE',
      freeTicket: true,
    });
  });

  it('names every field it cannot send', () => {
    const { request, errors } = toNewPromoCode({
      ...emptyPromoForm(),
      code: 'x',
      value: '120',
      maxUsesPerBuyer: '0',
      validFrom: '2031-05-02T10:00',
      validUntil: '2031-05-01T10:00',
    });
    expect(request).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['code', 'maxUsesPerBuyer', 'validUntil', 'value']);
  });

  it('describes a discount', () => {
    const euro = (m: { amount: number }) => `€${(m.amount / 100).toFixed(2)}`;
    expect(describeDiscount({ discount: { kind: 'percent', percent: 15 } }, euro)).toBe('15 % off');
    expect(describeDiscount({ discount: { kind: 'amount', amount: { amount: 500, currency: 'EUR' } } }, euro)).toBe(
      '€5.00 off',
    );
    expect(describeDiscount({ discount: { kind: 'free-ticket' } }, euro)).toBe('1 ticket free');
  });
});

describe('the promo code form: access codes', () => {
  it('builds an access code without a discount: hidden tiers it unlocks and early access', () => {
    const { request, errors } = toNewPromoCode({
      ...emptyPromoForm(),
      code: 'vip-room',
      kind: 'none',
      unlockTierIds: 'vip, box',
      presale: true,
    });
    expect(errors).toEqual({});
    expect(request).toEqual({ code: 'VIP-ROOM', access: { tierIds: ['vip', 'box'], presale: true } });
  });

  it('refuses an access code that unlocks nothing, and adds access to a discount code', () => {
    const { request, errors } = toNewPromoCode({ ...emptyPromoForm(), code: 'EMPTY', kind: 'none' });
    expect(request).toBeUndefined();
    expect(errors.unlockTierIds).toMatch(/unlocks hidden tiers/);
    const both = toNewPromoCode({ ...emptyPromoForm(), code: 'EARLY', value: '10', presale: true });
    expect(both.request).toEqual({ code: 'EARLY', percentOff: 10, access: { presale: true } });
  });

  it('describes what a code opens', () => {
    expect(describeAccess({ access: { tierIds: ['vip'], presale: true } })).toBe(
      'unlocks vip · early access before sales open',
    );
    expect(describeAccess({})).toBe('');
    expect(describeDiscount({ discount: { kind: 'none' } }, () => '')).toBe('No discount');
  });
});
