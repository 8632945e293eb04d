import { DomainError } from '../kernel';
import { validateDetails } from './catalog.details';

const now = new Date('2030-01-01T12:00:00.000Z');
const check = (groupPrices: unknown) =>
  validateDetails({ groupPrices } as Parameters<typeof validateDetails>[0], now, []).groupPrices;
const refusal = (groupPrices: unknown) => {
  try {
    check(groupPrices);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.details?.field };
    throw error;
  }
  throw new Error('accepted');
};

describe('group prices on an event', () => {
  it('keeps up to five rules, smallest group first; an empty list clears them', () => {
    expect(
      check([
        { minTickets: 20, percentOff: 20 },
        { minTickets: 10, percentOff: 15 },
        { minTickets: 2, percentOff: 1 },
        { minTickets: 1000, percentOff: 100 },
        { minTickets: 5, percentOff: 10 },
      ]),
    ).toEqual([
      { minTickets: 2, percentOff: 1 },
      { minTickets: 5, percentOff: 10 },
      { minTickets: 10, percentOff: 15 },
      { minTickets: 20, percentOff: 20 },
      { minTickets: 1000, percentOff: 100 },
    ]);
    expect(check([])).toEqual([]);
  });

  it('refuses sizes outside 2–1000, percentages outside 1–100, fractions, two rules for one size, six rules', () => {
    expect(refusal([{ minTickets: 1, percentOff: 10 }])).toEqual({
      code: 'catalog.invalid-field',
      field: 'groupPrices[0].minTickets',
    });
    expect(refusal([{ minTickets: 1001, percentOff: 10 }]).field).toBe('groupPrices[0].minTickets');
    expect(refusal([{ minTickets: 2.5, percentOff: 10 }]).field).toBe('groupPrices[0].minTickets');
    expect(refusal([{ minTickets: 4, percentOff: 0 }]).field).toBe('groupPrices[0].percentOff');
    expect(refusal([{ minTickets: 4, percentOff: 101 }]).field).toBe('groupPrices[0].percentOff');
    expect(refusal([{ minTickets: 4, percentOff: 7.5 }]).field).toBe('groupPrices[0].percentOff');
    expect(
      refusal([
        { minTickets: 4, percentOff: 10 },
        { minTickets: 4, percentOff: 20 },
      ]).field,
    ).toBe('groupPrices[1].minTickets');
    expect(refusal(Array.from({ length: 6 }, (_, i) => ({ minTickets: i + 2, percentOff: 5 }))).field).toBe(
      'groupPrices',
    );
    expect(refusal('10+ -15%').field).toBe('groupPrices');
  });
});
