import type { Money } from '../../lib/money';

export type ProviderRecord = {
  kind: 'charge' | 'refund';
  id: string;
  intentId?: string;
  amount: Money;
  status: 'succeeded' | 'pending' | 'failed';
  createdAt: string;
  paymentId?: string;
  bookingId?: string;
  refundId?: string;
};

export type DiscrepancyKind =
  'missing-at-provider' | 'missing-in-ledger' | 'not-ours' | 'amount-differs' | 'status-differs';

export type Discrepancy = {
  kind: DiscrepancyKind;
  reason: string;
  bookingId?: string;
  ledger?: { entryId: string; eventType: string; position: string; occurredAt: string; amount: Money; ourId: string };
  provider?: ProviderRecord;
};

/** `GET /api/finance/reconciliations/{id}`. */
export type ReconciliationView = {
  reconciliationId: string;
  provider: string;
  from: string;
  to: string;
  coveredFrom: string;
  truncated: boolean;
  recordedAt: string;
  recordedBy: string;
  position: string;
  providerRecords: number;
  matched: number;
  pending: number;
  notCovered: number;
  totals: {
    currency: string;
    ledgerCharged: number;
    providerCharged: number;
    ledgerRefunded: number;
    providerRefunded: number;
  }[];
  discrepancies: Discrepancy[];
};

/** `POST /api/finance/reconciliations`. */
export type ReconciliationRun = {
  reconciliationId: string;
  provider: string;
  records: number;
  coveredFrom: string;
  truncated: boolean;
  position: string;
};
