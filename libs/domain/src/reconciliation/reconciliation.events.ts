import { type DomainEvent, type Money, eventSchema } from '../kernel';

/**
 * One money movement as the payment provider records it: a charge (a succeeded payment) or a
 * refund, with our ids when its metadata carries them (a movement made outside the platform, in
 * the provider's dashboard, has none).
 */
export type ProviderRecord = Readonly<{
  kind: 'charge' | 'refund';
  /** The provider's id (`ch_…`, `re_…`). */
  id: string;
  intentId?: string;
  amount: Money;
  status: 'succeeded' | 'pending' | 'failed';
  createdAt: string;
  paymentId?: string;
  bookingId?: string;
  refundId?: string;
}>;

/**
 * What the provider said about a period, fetched for a reconciliation: its records created from
 * `from` (inclusive) to `to` (exclusive), as far back as it keeps them (`coveredFrom`).
 * `truncated`: there were more than a statement holds (MAX_STATEMENT_RECORDS).
 */
export type ProviderStatementRecorded = DomainEvent<
  'ProviderStatementRecorded',
  {
    reconciliationId: string;
    provider: string;
    from: string;
    to: string;
    coveredFrom: string;
    records: ProviderRecord[];
    truncated: boolean;
  }
>;

export type ReconciliationEvent = ProviderStatementRecorded;

export const reconciliationSchema = eventSchema<ReconciliationEvent>({ ProviderStatementRecorded: 1 });
export const reconciliationEventTypes = reconciliationSchema.eventTypes;
