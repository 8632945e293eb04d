import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../ledger.request';
import type { LedgerView } from '../ledger.views';

export class LedgerBalancesQuery extends Query<LedgerView> {
  /** The trial balance and what each organizer is owed, as of the cut (finance and admins). */
  constructor(readonly args: Readonly<{ cut: LedgerCut }>) {
    super();
  }
}
