import { csvSafe, orderCsvRows, ordersFilter, priceCell, salesOf } from './event-orders';
import type { OrderView } from './orders.views';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ticket = (tierId: string, amount: number, currency = 'EUR') => ({
  ticketId: `${tierId}-${amount}`,
  tierId,
  tierName: tierId.toUpperCase(),
  price: { amount, currency },
});

describe('orders helpers', () => {
  it('counts tickets and revenue of confirmed orders only, per tier and currency, and orders per status', () => {
    const sales = salesOf('e1', [
      { status: 'confirmed', tickets: [ticket('std', 3000), ticket('vip', 5000)] },
      { status: 'confirmed', tickets: [ticket('std', 3000)] },
      { status: 'confirmed', tickets: [ticket('std', 1000, 'GBP')] },
      { status: 'pending-payment', tickets: [ticket('std', 3000)] },
      { status: 'expired', tickets: [ticket('std', 3000)] },
      { status: 'cancelled', tickets: [ticket('vip', 5000)] },
    ]);
    expect(sales).toEqual({
      eventId: 'e1',
      ticketsSold: 4,
      revenue: [eur(11000), { amount: 1000, currency: 'GBP' }],
      tiers: [
        { tierId: 'std', tierName: 'STD', ticketsSold: 2, revenue: eur(6000) },
        { tierId: 'vip', tierName: 'VIP', ticketsSold: 1, revenue: eur(5000) },
        { tierId: 'std', tierName: 'STD', ticketsSold: 1, revenue: { amount: 1000, currency: 'GBP' } },
      ],
      confirmed: 3,
      pending: 1,
      expired: 1,
      cancelled: 1,
    });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvSafe(cell)).toBe(`'${cell}`);
    for (const cell of ['Ada', '', "'already", '1-2']) expect(csvSafe(cell)).toBe(cell);
  });

  it('writes prices as exact decimals with their currency', () => {
    expect(priceCell(eur(3005))).toBe('30.05 EUR');
    expect(priceCell({ amount: 1500, currency: 'JPY' })).toBe('1500 JPY');
    expect(priceCell(eur(0))).toBe('0.00 EUR');
  });

  it('makes one row per ticket', () => {
    const order = {
      bookingNumber: 'ABCDEF12',
      status: 'confirmed',
      buyerName: 'Ada',
      buyerEmail: 'ada@example.com',
      placedAt: '2030-01-01T00:00:00.000Z',
      tickets: [
        { seatLabel: 'General admission', tierName: 'Std', price: eur(100), attendeeName: '-Eve' },
        {
          seatLabel: 'Section S · Row A · Seat 1',
          section: 'S',
          tierName: 'Std',
          price: eur(100),
          attendeeName: 'Ada',
        },
      ],
    } as unknown as OrderView;
    expect(orderCsvRows([order])).toEqual([
      [
        'ABCDEF12',
        'confirmed',
        'Ada',
        'ada@example.com',
        "'-Eve",
        'General admission',
        '',
        'Std',
        '1.00 EUR',
        '2030-01-01T00:00:00.000Z',
      ],
      [
        'ABCDEF12',
        'confirmed',
        'Ada',
        'ada@example.com',
        'Ada',
        'Section S · Row A · Seat 1',
        'S',
        'Std',
        '1.00 EUR',
        '2030-01-01T00:00:00.000Z',
      ],
    ]);
  });

  it('searches by a plain, case-insensitive substring', () => {
    expect(ordersFilter({ eventId: 'E1', status: 'confirmed', q: '  A.B*  ' })).toEqual({
      eventId: 'e1',
      status: 'confirmed',
      search: { $regex: 'a\\.b\\*' },
    });
    expect(ordersFilter({})).toEqual({});
  });
});
