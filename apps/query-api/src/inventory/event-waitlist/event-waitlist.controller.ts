import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { EventWaitlistView } from '../waitlist.views';
import { EventWaitlistQuery } from './event-waitlist.query';
import { EventWaitlistRequest } from './event-waitlist.request';

@ApiTags('inventory')
@ReadsProjections('waitlist', 'catalog-events', 'accounts')
@Controller('api/events')
export class EventWaitlistController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/waitlist')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: EventWaitlistView, description: "The event's waitlist in join order, with who waits" })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  list(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() request: EventWaitlistRequest,
  ) {
    return this.queries.execute(
      new EventWaitlistQuery({ eventId, viewer, ...(request.status ? { status: request.status } : {}) }),
    );
  }
}
