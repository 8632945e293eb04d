import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { LedgerCutRequest, cutOf } from '../ledger.request';
import { LedgerView } from '../ledger.views';
import { LedgerBalancesQuery } from './ledger-balances.query';

@ApiTags('ledger')
@ReadsProjections('ledger', 'catalog-events', 'accounts')
@Controller('api/finance')
export class LedgerBalancesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('ledger')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({
    type: LedgerView,
    description:
      "The double-entry ledger's trial balance (every account's debits, credits and balance) and what each organizer is owed, now or as of a past time or log position",
  })
  @ApiProblems(403)
  balances(@Query() request: LedgerCutRequest) {
    return this.queries.execute(new LedgerBalancesQuery({ cut: cutOf(request) }));
  }
}
