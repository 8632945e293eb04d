import { invoiceLines, type TaxableItem } from './invoicing.tax';

const item = (ticketId: string, gross: number, taxRate: number, tierId = 'standard'): TaxableItem => ({
  ticketId,
  description: tierId,
  tierId,
  gross,
  taxRate,
});

describe('invoice lines: net from gross with rounding that adds up', () => {
  it('rounds the net of each rate once and shares it so the lines add up exactly', () => {
    // 3 × 10.00 at 19 %: 30.00 / 1.19 = 25.2100… → 25.21 net; 8.4033… each, shared 8.41 + 8.40 + 8.40
    const { lines, totals } = invoiceLines(
      [item('a', 1000, 1900), item('b', 1000, 1900), item('c', 1000, 1900)],
      'EUR',
    );
    expect(lines.map((l) => l.net.amount)).toEqual([841, 840, 840]);
    expect(lines.map((l) => l.tax.amount)).toEqual([159, 160, 160]);
    expect(totals).toEqual({
      net: { amount: 2521, currency: 'EUR' },
      tax: { amount: 479, currency: 'EUR' },
      gross: { amount: 3000, currency: 'EUR' },
    });
  });

  it('keeps net + tax = gross on every line and totals that are the sums, for many random baskets', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 500; run++) {
      const rates = [0, 700, 1900, 2000, 2500];
      const items = Array.from({ length: 1 + random(8) }, (_, i) =>
        item(`t${i}`, random(100_000), rates[random(rates.length)]!),
      );
      const { lines, totals } = invoiceLines(items, 'EUR');
      for (const line of lines) {
        expect(line.net.amount + line.tax.amount).toBe(line.gross.amount);
        expect(line.net.amount).toBeGreaterThanOrEqual(0);
        expect(line.tax.amount).toBeGreaterThanOrEqual(0);
      }
      const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + pick(l), 0);
      expect(totals.net.amount).toBe(sum((l) => l.net.amount));
      expect(totals.tax.amount).toBe(sum((l) => l.tax.amount));
      expect(totals.gross.amount).toBe(sum((l) => l.gross.amount));
      // Per rate, the net is the rate's gross total divided by (1 + rate), rounded half up.
      for (const rate of new Set(items.map((i) => i.taxRate))) {
        const gross = items.filter((i) => i.taxRate === rate).reduce((s, i) => s + i.gross, 0);
        const net = lines.filter((l) => l.taxRate === rate).reduce((s, l) => s + l.net.amount, 0);
        expect(Math.abs(net - (gross * 10_000) / (10_000 + rate))).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('a zero rate taxes nothing; a credit note negates every amount', () => {
    expect(invoiceLines([item('a', 999, 0)], 'EUR').totals.tax.amount).toBe(0);
    const { lines, totals } = invoiceLines([item('a', 1000, 1900)], 'EUR', -1);
    expect(lines[0]).toMatchObject({ net: { amount: -840 }, tax: { amount: -160 }, gross: { amount: -1000 } });
    expect(totals.gross.amount).toBe(-1000);
  });

  it('prices of different tiers at their own rates', () => {
    const { lines } = invoiceLines([item('a', 1070, 700, 'kids'), item('b', 1190, 1900)], 'EUR');
    expect(lines.map((l) => [l.net.amount, l.tax.amount])).toEqual([
      [1000, 70],
      [1000, 190],
    ]);
  });
});
