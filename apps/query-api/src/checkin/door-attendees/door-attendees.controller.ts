import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { DoorAttendeesView } from '../checkin.views';
import { DoorAttendeesQuery } from './door-attendees.query';
import { DoorAttendeesRequest } from './door-attendees.request';

@ApiTags('check-in')
@ReadsProjections('catalog-events', 'check-ins')
@Controller('api/events')
export class DoorAttendeesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/attendees')
  @Authenticated('organizer', 'admin', 'ops')
  @ApiOkResponse({ type: DoorAttendeesView, description: 'Tickets found by name or booking number, for the door' })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  search(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() request: DoorAttendeesRequest,
  ) {
    return this.queries.execute(new DoorAttendeesQuery({ eventId, viewer, ...(request.q ? { q: request.q } : {}) }));
  }
}
