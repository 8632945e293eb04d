import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '../../http/read-models';
import { LedgerJournal } from '../ledger-journal';
import { ledgerView } from '../ledger';
import type { LedgerView } from '../ledger.views';
import { LedgerBalancesQuery } from './ledger-balances.query';

@QueryHandler(LedgerBalancesQuery)
export class LedgerBalancesHandler implements IQueryHandler<LedgerBalancesQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly journal: LedgerJournal,
  ) {}

  execute({ args: { cut } }: LedgerBalancesQuery): Promise<LedgerView> {
    return ledgerView(this.readModels, this.journal, cut);
  }
}
