import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { HISTORY_PAGE_SIZE, OrganizerHistoryRequest } from '../ledger.request';
import { OrganizerHistoryView } from '../ledger.views';
import { OrganizerHistoryQuery } from './organizer-history.query';

@ApiTags('ledger')
@ReadsProjections('catalog-events', 'accounts', 'ledger')
@Controller('api/finance/organizers')
export class OrganizerHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':organizerId/history')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({
    type: OrganizerHistoryView,
    description:
      "Every recorded event behind an organizer's money, read from the log in log order with actor, time, correlation and causation: their invoice settings, series and webhook endpoints, their events, and each of their bookings that moved money (its payments, refunds and invoice documents); a page at a time after a log position",
  })
  @ApiProblems(403, { 404: 'No such organizer' })
  history(@Param('organizerId', new ParseUUIDPipe()) organizerId: string, @Query() request: OrganizerHistoryRequest) {
    return this.queries.execute(
      new OrganizerHistoryQuery({
        organizerId: organizerId.toLowerCase(),
        after: BigInt(request.after ?? '0'),
        limit: request.limit ?? HISTORY_PAGE_SIZE,
      }),
    );
  }
}
