import type { GroupPriceRule } from '../catalog';
import { money } from '../kernel';
import type { BookingTicket } from './booking.events';
import { groupRuleFor, withGroupPrice } from './booking.pricing';

const ticket = (n: number, amount: number): BookingTicket => ({
  ticketId: `t${n}`,
  holdId: 'h1',
  tierId: 'standard',
  tierName: 'Standard',
  price: money(amount, 'EUR'),
});
const tickets = (count: number, amount = 2500) => Array.from({ length: count }, (_, i) => ticket(i, amount));
const rules: GroupPriceRule[] = [
  { minTickets: 4, percentOff: 10 },
  { minTickets: 10, percentOff: 15 },
];

describe('group prices', () => {
  it('picks, of the rules a booking reaches, the one taking most off', () => {
    expect(groupRuleFor(rules, 3)).toBeUndefined();
    expect(groupRuleFor(rules, 4)).toEqual({ minTickets: 4, percentOff: 10 });
    expect(groupRuleFor(rules, 12)).toEqual({ minTickets: 10, percentOff: 15 });
    // A bigger group never gets less: a smaller rule with more off wins when both are reached.
    expect(groupRuleFor([...rules, { minTickets: 6, percentOff: 20 }], 12)).toEqual({ minTickets: 6, percentOff: 20 });
    expect(groupRuleFor(undefined, 50)).toBeUndefined();
  });

  it('leaves a booking below every rule as it is', () => {
    const priced = withGroupPrice(tickets(3), rules);
    expect(priced.group).toBeUndefined();
    expect(priced.tickets).toEqual(tickets(3));
  });

  it('takes the percentage off each ticket and says how much in all', () => {
    const priced = withGroupPrice(tickets(10), rules);
    expect(priced.group).toEqual({ minTickets: 10, percentOff: 15, discount: money(3750, 'EUR') });
    expect(priced.tickets[0]).toMatchObject({ price: money(2125, 'EUR'), groupDiscount: money(375, 'EUR') });
    const total = priced.tickets.reduce((n, t) => n + t.price.amount, 0);
    expect(total + priced.group!.discount.amount).toBe(25000);
  });

  it("rounds each ticket's share to the nearest minor unit, half up, and keeps every amount whole", () => {
    const odd = [ticket(0, 1005), ticket(1, 999), ticket(2, 1), ticket(3, 0)];
    const priced = withGroupPrice(odd, [{ minTickets: 4, percentOff: 10 }]);
    // 100.5 → 101, 99.9 → 100, 0.1 → 0 (no discount), free stays free.
    expect(priced.tickets.map((t) => t.groupDiscount?.amount)).toEqual([101, 100, undefined, undefined]);
    expect(priced.tickets.map((t) => t.price.amount)).toEqual([904, 899, 1, 0]);
    expect(priced.group?.discount).toEqual(money(201, 'EUR'));
    expect(priced.tickets.every((t) => Number.isSafeInteger(t.price.amount))).toBe(true);
  });

  it('gives no group price when nothing would be taken off (free tickets)', () => {
    const priced = withGroupPrice(tickets(5, 0), rules);
    expect(priced.group).toBeUndefined();
  });

  it('makes tickets free at 100 %', () => {
    const priced = withGroupPrice(tickets(4), [{ minTickets: 2, percentOff: 100 }]);
    expect(priced.tickets.every((t) => t.price.amount === 0)).toBe(true);
    expect(priced.group?.discount.amount).toBe(10000);
  });
});
