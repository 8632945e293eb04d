import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../ledger.request';

export type LedgerCsv = Readonly<{ csv: string; filename: string }>;

export class LedgerCsvQuery extends Query<LedgerCsv> {
  /** `accounts`: the trial balance as CSV; `entries`: every matching journal line. */
  constructor(readonly args: Readonly<{ table: 'accounts' | 'entries'; cut: LedgerCut; bookingId?: string }>) {
    super();
  }
}
