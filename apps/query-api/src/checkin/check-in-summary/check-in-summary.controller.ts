import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { CheckInSummaryView } from '../checkin.views';
import { CheckInSummaryQuery } from './check-in-summary.query';

@ApiTags('check-in')
@ReadsProjections('catalog-events', 'check-ins')
@Controller('api/events')
export class CheckInSummaryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/check-ins/summary')
  @Authenticated('organizer', 'admin', 'ops')
  @ApiOkResponse({ type: CheckInSummaryView, description: "The event's check-in counts and double uses" })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  get(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new CheckInSummaryQuery({ eventId, viewer }));
  }
}
