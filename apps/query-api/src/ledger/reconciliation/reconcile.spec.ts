import type { ProviderRecord } from '@booking/domain';
import type { LedgerEntry } from '@booking/projections';
import { type LedgerMovement, ledgerMovements, reconcile } from './reconcile';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });
const period = {
  from: '2027-03-01T00:00:00.000Z',
  to: '2027-04-01T00:00:00.000Z',
  coveredFrom: '2027-02-28T23:00:00.000Z',
};
const charge = (
  paymentId: string | undefined,
  amount = 2500,
  at = '2027-03-05T10:00:00.000Z',
  status: ProviderRecord['status'] = 'succeeded',
): ProviderRecord => ({
  kind: 'charge',
  id: `ch_${paymentId ?? 'x'}`,
  amount: EUR(amount),
  status,
  createdAt: at,
  ...(paymentId ? { paymentId, bookingId: `b-${paymentId}` } : {}),
});
const refund = (
  refundId: string,
  amount = 500,
  status: ProviderRecord['status'] = 'succeeded',
  at = '2027-03-06T10:00:00.000Z',
): ProviderRecord => ({
  kind: 'refund',
  id: `re_${refundId}`,
  amount: EUR(amount),
  status,
  createdAt: at,
  refundId,
  bookingId: 'b-1',
});
const moved = (
  kind: 'charge' | 'refund',
  ourId: string,
  amount = 2500,
  at = '2027-03-05T10:00:01.000Z',
): LedgerMovement => ({
  kind,
  ourId,
  amount: EUR(amount),
  occurredAt: at,
  entryId: `e-${ourId}`,
  eventType: kind === 'charge' ? 'PaymentSucceeded' : 'RefundSucceeded',
  position: 1,
  bookingId: `b-${ourId}`,
});

describe('reconciling the ledger with the provider', () => {
  it('matches what both show alike, and totals each side per currency', () => {
    const result = reconcile({
      ...period,
      records: [charge('p1'), refund('r1')],
      movements: [moved('charge', 'p1'), moved('refund', 'r1', 500)],
    });
    expect(result).toMatchObject({ matched: 2, discrepancies: [], pending: 0 });
    expect(result.totals).toEqual([
      { currency: 'EUR', ledgerCharged: 2500, providerCharged: 2500, ledgerRefunded: 500, providerRefunded: 500 },
    ]);
  });

  it('lists money on one side only, amounts that differ, and a refund the provider did not complete', () => {
    const result = reconcile({
      ...period,
      records: [charge('p2'), charge('p3', 2000), refund('r2', 500, 'failed'), charge(undefined, 999)],
      movements: [moved('charge', 'p1'), moved('charge', 'p3', 2500), moved('refund', 'r2', 500)],
    });
    expect(result.matched).toBe(0);
    expect(result.discrepancies.map((d) => [d.kind, d.ledger?.ourId ?? d.provider?.id])).toEqual([
      ['missing-at-provider', 'p1'],
      ['amount-differs', 'p3'],
      ['status-differs', 'r2'],
      ['missing-in-ledger', 'ch_p2'],
      ['not-ours', 'ch_x'],
    ]);
    // The totals differ by exactly those: the provider's side is the ledger's partners plus its unmatched records.
    expect(result.totals).toEqual([
      {
        currency: 'EUR',
        ledgerCharged: 5000,
        providerCharged: 2000 + 2500 + 999,
        ledgerRefunded: 500,
        providerRefunded: 0,
      },
    ]);
  });

  it('does not count a payment charged just before the period and booked just after its start', () => {
    const result = reconcile({
      ...period,
      records: [charge('p1', 2500, '2027-02-28T23:59:59.000Z')],
      movements: [moved('charge', 'p1', 2500, '2027-03-01T00:00:01.000Z')],
    });
    expect(result).toMatchObject({ matched: 1, discrepancies: [] });
    expect(result.totals).toEqual([
      { currency: 'EUR', ledgerCharged: 2500, providerCharged: 2500, ledgerRefunded: 0, providerRefunded: 0 },
    ]);
  });

  it('does not count a payment charged at the period’s end and booked after it', () => {
    const result = reconcile({
      ...period,
      records: [charge('p1', 2500, '2027-03-31T23:59:59.000Z')],
      movements: [moved('charge', 'p1', 2500, '2027-04-01T00:00:01.000Z')],
    });
    expect(result).toMatchObject({ matched: 0, discrepancies: [], totals: [] });
  });

  it('leaves out what the provider no longer keeps, and counts a pending refund apart', () => {
    const result = reconcile({
      ...period,
      coveredFrom: '2027-03-10T00:00:00.000Z',
      records: [refund('r9', 100, 'pending', '2027-03-12T00:00:00.000Z')],
      movements: [moved('charge', 'p-old', 2500, '2027-03-02T00:00:00.000Z')],
    });
    expect(result).toMatchObject({ matched: 0, pending: 1, notCovered: 1, discrepancies: [] });
  });

  it('reads the ledger’s movements at one provider from the journal', () => {
    const entry = (stream: string, lines: LedgerEntry['lines']): LedgerEntry => ({
      entryId: `e-${stream}`,
      eventType: 'X',
      bookingId: 'b-1',
      stream,
      position: 3,
      occurredAt: '2027-03-05T10:00:00.000Z',
      currency: 'EUR',
      description: '',
      lines,
    });
    const movements = ledgerMovements(
      [
        entry('payment-p1', [
          { account: 'assets:provider:test-mode', debit: 2500, credit: 0 },
          { account: 'liabilities:buyer-funds', debit: 0, credit: 2500 },
        ]),
        entry('refund-r1', [
          { account: 'liabilities:refunds-owed', debit: 500, credit: 0 },
          { account: 'assets:provider:test-mode', debit: 0, credit: 500 },
        ]),
        entry('payment-p2', [{ account: 'assets:provider:stripe', debit: 100, credit: 0 }]),
        entry('refund-r2', [{ account: 'assets:bank', debit: 0, credit: 100 }]),
      ],
      'test-mode',
    );
    expect(movements.map((m) => [m.kind, m.ourId, m.amount.amount])).toEqual([
      ['charge', 'p1', 2500],
      ['refund', 'r1', 500],
    ]);
  });
});
