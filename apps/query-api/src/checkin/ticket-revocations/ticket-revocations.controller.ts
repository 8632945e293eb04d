import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { TicketRevocationsView } from '../checkin.views';
import { TicketRevocationsQuery } from './ticket-revocations.query';

@ApiTags('check-in')
@ReadsProjections('catalog-events', 'check-ins')
@Controller('api/events')
export class TicketRevocationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/ticket-revocations')
  @Authenticated('organizer', 'admin', 'ops')
  @ApiOkResponse({ type: TicketRevocationsView, description: "The event's revoked ticket codes, for offline scanners" })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  get(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new TicketRevocationsQuery({ eventId, viewer }));
  }
}
