import { describe, expect, it } from 'vitest';
import { describeDiscount, emptyPromoForm, toNewPromoCode } from './promo-form';

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
