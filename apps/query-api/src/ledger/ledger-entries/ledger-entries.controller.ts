import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { LedgerEntriesRequest, cutOf } from '../ledger.request';
import { LedgerEntryPageView } from '../ledger.views';
import { LedgerEntriesQuery } from './ledger-entries.query';

@ApiTags('ledger')
@ReadsProjections('ledger', 'catalog-events')
@Controller('api/finance')
export class LedgerEntriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('ledger/entries')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({
    type: LedgerEntryPageView,
    description:
      'The journal in log order, 50 a page: each balanced entry with the domain event id, stream and log position that caused it; with bookingId, that booking’s money history',
  })
  @ApiProblems(403)
  entries(@Query() request: LedgerEntriesRequest) {
    return this.queries.execute(
      new LedgerEntriesQuery({
        cut: cutOf(request),
        page: request.page ?? 1,
        ...(request.bookingId ? { bookingId: request.bookingId } : {}),
      }),
    );
  }
}
