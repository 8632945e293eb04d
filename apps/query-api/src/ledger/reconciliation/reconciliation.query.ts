import { Query } from '@nestjs/cqrs';
import type { ReconciliationView } from '../ledger.views';

export class ReconciliationQuery extends Query<ReconciliationView> {
  /** A reconciliation run: the provider's statement it recorded, compared with the ledger now (finance and admins). */
  constructor(readonly args: Readonly<{ reconciliationId: string }>) {
    super();
  }
}
