import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../ledger.request';
import type { LedgerEntryPageView } from '../ledger.views';

export class LedgerEntriesQuery extends Query<LedgerEntryPageView> {
  /** The journal up to the cut, oldest first, a page at a time; one booking's money history when named. */
  constructor(readonly args: Readonly<{ cut: LedgerCut; bookingId?: string; page: number }>) {
    super();
  }
}
