import type { Money } from '../kernel';
import type { InvoiceLine, InvoiceTotals } from './invoicing.events';

/** Basis points: 1900 = 19 %. */
export const MAX_TAX_RATE = 10_000;

/** A ticket to invoice: what it cost (gross, ≥ 0) and the rate it is taxed at. */
export type TaxableItem = Readonly<{
  ticketId: string;
  description: string;
  tierId: string;
  gross: number;
  taxRate: number;
}>;

/**
 * Lines with net, tax and gross in whole minor units. Per rate, the net of the rate's total gross
 * is rounded once (half up), then shared among its lines by largest remainder: each line's
 * `net + tax = gross`, and the lines add up exactly to the totals. `sign` -1 for a credit note.
 */
export function invoiceLines(
  items: readonly TaxableItem[],
  currency: string,
  sign: 1 | -1 = 1,
): { lines: InvoiceLine[]; totals: InvoiceTotals } {
  const nets = new Map<number, number>(); // item index → net
  for (const rate of new Set(items.map((item) => item.taxRate))) {
    const members = items.flatMap((item, index) => (item.taxRate === rate ? [{ item, index }] : []));
    const divisor = MAX_TAX_RATE + rate;
    const gross = members.reduce((sum, { item }) => sum + item.gross, 0);
    const rateNet = Math.floor((2 * gross * MAX_TAX_RATE + divisor) / (2 * divisor)); // half up
    const shares = members.map(({ item, index }) => ({
      index,
      floor: Math.floor((item.gross * MAX_TAX_RATE) / divisor),
      remainder: (item.gross * MAX_TAX_RATE) % divisor,
    }));
    let left = rateNet - shares.reduce((sum, share) => sum + share.floor, 0);
    const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const share of byRemainder) nets.set(share.index, share.floor + (left-- > 0 ? 1 : 0));
  }
  const m = (amount: number): Money => ({ amount: sign * amount === 0 ? 0 : sign * amount, currency });
  const lines = items.map((item, index): InvoiceLine => {
    const net = nets.get(index) ?? 0;
    return {
      ticketId: item.ticketId,
      description: item.description,
      tierId: item.tierId,
      taxRate: item.taxRate,
      net: m(net),
      tax: m(item.gross - net),
      gross: m(item.gross),
    };
  });
  const gross = items.reduce((total, item) => total + item.gross, 0);
  const net = items.reduce((total, _item, index) => total + (nets.get(index) ?? 0), 0);
  return { lines, totals: { net: m(net), tax: m(gross - net), gross: m(gross) } };
}
