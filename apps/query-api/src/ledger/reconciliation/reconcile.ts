import type { Money, ProviderRecord } from '@booking/domain';
import { type LedgerEntry, providerOfAccount } from '@booking/projections';

/** A movement of money at the provider as the ledger booked it: a charge (payment) or a refund. */
export type LedgerMovement = Readonly<{
  kind: 'charge' | 'refund';
  /** Our id: the payment's for a charge, the refund's for a refund. */
  ourId: string;
  amount: Money;
  occurredAt: string;
  entryId: string;
  eventType: string;
  position: number;
  bookingId: string;
}>;

export type DiscrepancyKind =
  /** The ledger booked money at the provider that the provider does not show. */
  | 'missing-at-provider'
  /** The provider shows money moved for one of our payments or refunds that the ledger never booked. */
  | 'missing-in-ledger'
  /** The provider shows money moved with none of our ids (made outside the platform). */
  | 'not-ours'
  /** Both show it, for different amounts or currencies. */
  | 'amount-differs'
  /** The ledger booked a refund as paid back that the provider says failed (or is still pending). */
  | 'status-differs';

export type Discrepancy = Readonly<{
  kind: DiscrepancyKind;
  reason: string;
  bookingId?: string;
  ledger?: LedgerMovement;
  provider?: ProviderRecord;
}>;

/**
 * One population on both sides, so that the totals differ exactly by the discrepancies: the
 * ledger's movements of the period with the provider records they match, and the provider's
 * unmatched records of the period. (A movement and its record on either side of the period's edge
 * count together, by the ledger's date.)
 */
export type CurrencyTotals = {
  currency: string;
  ledgerCharged: number;
  providerCharged: number;
  ledgerRefunded: number;
  providerRefunded: number;
};

export type Reconciliation = Readonly<{
  /** Movements found on both sides, equal. */
  matched: number;
  /** Refunds the provider has accepted and not finished yet (not a discrepancy: the ledger books them when they succeed). */
  pending: number;
  /** Ledger movements of the period before `coveredFrom`, which the provider no longer shows (not compared). */
  notCovered: number;
  totals: CurrencyTotals[];
  discrepancies: Discrepancy[];
}>;

/** The ledger's movements at one provider, from the journal: a debit of its account is a charge, a credit a refund. */
export function ledgerMovements(entries: readonly LedgerEntry[], provider: string): LedgerMovement[] {
  const movements: LedgerMovement[] = [];
  for (const entry of entries) {
    for (const line of entry.lines) {
      if (providerOfAccount(line.account) !== provider) continue;
      const kind = line.debit > 0 ? 'charge' : 'refund';
      const ourId = entry.stream.slice(entry.stream.indexOf('-') + 1);
      movements.push({
        kind,
        ourId,
        amount: { amount: line.debit > 0 ? line.debit : line.credit, currency: entry.currency },
        occurredAt: entry.occurredAt,
        entryId: entry.entryId,
        eventType: entry.eventType,
        position: entry.position,
        bookingId: entry.bookingId,
      });
    }
  }
  return movements;
}

/**
 * The ledger against the provider's statement, for the period [from, to) as far back as the
 * statement covers (docs/ledger.md, "Reconciliation"). A provider record of the period is looked
 * for among all the ledger's movements, and a ledger movement of the period among all the
 * statement's records (fetched with a lead before `from`): a payment charged just before the
 * period's start and booked just after it is not a discrepancy.
 */
export function reconcile(input: {
  from: string;
  to: string;
  coveredFrom: string;
  records: readonly ProviderRecord[];
  movements: readonly LedgerMovement[];
}): Reconciliation {
  const from = Date.parse(input.from);
  const start = Math.max(from, Date.parse(input.coveredFrom));
  const to = Date.parse(input.to);
  const inPeriod = (at: string) => Date.parse(at) >= start && Date.parse(at) < to;
  const recordOf = new Map<string, ProviderRecord>();
  for (const record of input.records) {
    const ourId = record.kind === 'charge' ? record.paymentId : record.refundId;
    if (ourId && (record.kind === 'refund' || record.status === 'succeeded'))
      recordOf.set(`${record.kind}:${ourId}`, record);
  }
  const movementOf = new Map(input.movements.map((m) => [`${m.kind}:${m.ourId}`, m] as const));
  const discrepancies: Discrepancy[] = [];
  const totals = new Map<string, CurrencyTotals>();
  /** Adds a movement to its side's total: the ledger's or the provider's, charged or refunded. */
  const count = (side: 'ledger' | 'provider', kind: 'charge' | 'refund', { amount, currency }: Money) => {
    let sums = totals.get(currency);
    if (!sums)
      totals.set(
        currency,
        (sums = { currency, ledgerCharged: 0, providerCharged: 0, ledgerRefunded: 0, providerRefunded: 0 }),
      );
    sums[`${side}${kind === 'charge' ? 'Charged' : 'Refunded'}`] += amount;
  };
  let matched = 0;
  let pending = 0;
  let notCovered = 0;

  for (const movement of input.movements) {
    if (!inPeriod(movement.occurredAt)) {
      const at = Date.parse(movement.occurredAt);
      if (at >= from && at < start) notCovered += 1;
      continue;
    }
    count('ledger', movement.kind, movement.amount);
    const record = recordOf.get(`${movement.kind}:${movement.ourId}`);
    if (record?.status === 'succeeded') count('provider', record.kind, record.amount);
    const what = movement.kind === 'charge' ? 'payment' : 'refund';
    if (!record) {
      discrepancies.push({
        kind: 'missing-at-provider',
        reason: `The ledger booked this ${what} at the provider, which does not show it`,
        bookingId: movement.bookingId,
        ledger: movement,
      });
    } else if (record.amount.amount !== movement.amount.amount || record.amount.currency !== movement.amount.currency) {
      discrepancies.push({
        kind: 'amount-differs',
        reason: `The provider shows ${describe(record.amount)}, the ledger ${describe(movement.amount)}`,
        bookingId: movement.bookingId,
        ledger: movement,
        provider: record,
      });
    } else if (record.status !== 'succeeded') {
      discrepancies.push({
        kind: 'status-differs',
        reason: `The ledger booked this ${what} as done; the provider says it is ${record.status}`,
        bookingId: movement.bookingId,
        ledger: movement,
        provider: record,
      });
    } else matched += 1;
  }

  for (const record of input.records) {
    if (!inPeriod(record.createdAt)) continue;
    const ourId = record.kind === 'charge' ? record.paymentId : record.refundId;
    // Counted with its ledger partner above, or (the partner outside the period) on neither side.
    if (ourId && movementOf.has(`${record.kind}:${ourId}`)) continue;
    if (record.status === 'succeeded') count('provider', record.kind, record.amount);
    if (!ourId) {
      if (record.status === 'succeeded')
        discrepancies.push({
          kind: 'not-ours',
          reason: `The provider shows a ${record.kind} of ${describe(record.amount)} made outside the platform (none of our ids)`,
          provider: record,
        });
      continue;
    }
    if (record.status === 'pending') pending += 1;
    else if (record.status === 'succeeded')
      discrepancies.push({
        kind: 'missing-in-ledger',
        reason: `The provider shows this ${record.kind === 'charge' ? 'payment' : 'refund'} done; the ledger never booked it`,
        ...(record.bookingId ? { bookingId: record.bookingId } : {}),
        provider: record,
      });
  }
  return {
    matched,
    pending,
    notCovered,
    totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    discrepancies,
  };
}

const describe = (money: Money) => `${money.amount} ${money.currency} (minor units)`;
