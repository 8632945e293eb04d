import type { LedgerAccountView, LedgerLineView, LedgerView } from './finance-ledger.types';

export const KIND_LABELS: Record<LedgerAccountView['kind'], string> = { asset: 'Asset', liability: 'Liability' };

export const EMPTY_LEDGER = 'No money has moved yet.';

/** Each currency whose debits and credits differ, with both totals (empty when the ledger balances). */
export function unbalancedCurrencies(
  accounts: readonly LedgerAccountView[],
): { currency: string; debit: number; credit: number }[] {
  const totals = new Map<string, { debit: number; credit: number }>();
  for (const { currency, debit, credit } of accounts) {
    const total = totals.get(currency) ?? { debit: 0, credit: 0 };
    totals.set(currency, { debit: total.debit + debit, credit: total.credit + credit });
  }
  return [...totals]
    .filter(([, total]) => total.debit !== total.credit)
    .map(([currency, total]) => ({ currency, ...total }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** "12 entries as of 1 Mar 2026, 10:30, up to log position 345." */
export function ledgerSummary(
  view: Pick<LedgerView, 'entries' | 'asOf' | 'lastPosition'>,
  formatDate: (iso: string) => string,
): string {
  if (view.entries === 0) return EMPTY_LEDGER;
  const count = `${view.entries} ${view.entries === 1 ? 'entry' : 'entries'}`;
  const asOf = view.asOf ? ` as of ${formatDate(view.asOf)}` : '';
  const upTo = view.lastPosition ? `, up to log position ${view.lastPosition}` : '';
  return `${count}${asOf}${upTo}.`;
}

/** A journal line's sides worth showing: the debit, the credit, or both if a line carries both. */
export function lineSides(line: LedgerLineView): { side: 'Debit' | 'Credit'; amount: number }[] {
  const sides: { side: 'Debit' | 'Credit'; amount: number }[] = [];
  if (line.debit !== 0 || line.credit === 0) sides.push({ side: 'Debit', amount: line.debit });
  if (line.credit !== 0) sides.push({ side: 'Credit', amount: line.credit });
  return sides;
}

/** "Showing 51–100 of 120 entries." */
export function showingEntries(page: number, pageSize: number, count: number, total: number): string {
  if (total === 0 || count === 0) return 'No entries.';
  const first = (page - 1) * pageSize + 1;
  return `Showing ${first}–${first + count - 1} of ${total} ${total === 1 ? 'entry' : 'entries'}.`;
}

/**
 * An id in brief: its last 8 hex digits, upper case (a UUIDv7's random tail; its head is the time,
 * shared by ids of the same minute). For a booking this is its booking number.
 */
export const shortId = (id: string) => id.replaceAll('-', '').slice(-8).toUpperCase();
