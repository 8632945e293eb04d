import { describe, expect, it } from 'vitest';
import type { LedgerAccountView } from './finance-ledger.types';
import { EMPTY_LEDGER, ledgerSummary, lineSides, showingEntries, unbalancedCurrencies } from './ledger-view';

const account = (a: Partial<LedgerAccountView>): LedgerAccountView => ({
  account: 'assets:bank',
  kind: 'asset',
  currency: 'EUR',
  debit: 0,
  credit: 0,
  balance: 0,
  ...a,
});

describe('ledger view', () => {
  it('finds the currencies whose debits and credits differ', () => {
    const balanced = [
      account({ account: 'assets:provider:test-mode', debit: 2500, balance: 2500 }),
      account({ account: 'liabilities:buyer-funds', kind: 'liability', debit: 2500, credit: 2500 }),
      account({ account: 'liabilities:organizer:e1', kind: 'liability', credit: 2500, balance: 2500 }),
    ];
    expect(unbalancedCurrencies(balanced)).toEqual([]);
    expect(
      unbalancedCurrencies([
        ...balanced,
        account({ currency: 'USD', debit: 100 }),
        account({ currency: 'GBP', credit: 7 }),
      ]),
    ).toEqual([
      { currency: 'GBP', debit: 0, credit: 7 },
      { currency: 'USD', debit: 100, credit: 0 },
    ]);
  });

  it('says how many entries, as of when and up to which position', () => {
    const date = (iso: string) => `<${iso}>`;
    expect(ledgerSummary({ entries: 0 }, date)).toBe(EMPTY_LEDGER);
    expect(ledgerSummary({ entries: 1, lastPosition: '7' }, date)).toBe('1 entry, up to log position 7.');
    expect(ledgerSummary({ entries: 12, asOf: '2026-03-01T10:30:00Z', lastPosition: '345' }, date)).toBe(
      '12 entries as of <2026-03-01T10:30:00Z>, up to log position 345.',
    );
  });

  it('shows the side of a line that carries money', () => {
    expect(lineSides({ account: 'a', debit: 2500, credit: 0 })).toEqual([{ side: 'Debit', amount: 2500 }]);
    expect(lineSides({ account: 'a', debit: 0, credit: 900 })).toEqual([{ side: 'Credit', amount: 900 }]);
    expect(lineSides({ account: 'a', debit: 0, credit: 0 })).toEqual([{ side: 'Debit', amount: 0 }]);
    expect(lineSides({ account: 'a', debit: 5, credit: 3 })).toHaveLength(2);
  });

  it('says which entries a page shows', () => {
    expect(showingEntries(2, 50, 20, 70)).toBe('Showing 51–70 of 70 entries.');
    expect(showingEntries(1, 50, 1, 1)).toBe('Showing 1–1 of 1 entry.');
    expect(showingEntries(1, 50, 0, 0)).toBe('No entries.');
  });
});
