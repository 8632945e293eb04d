import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { GroupRequestsView } from '../group-requests.views';
import { EventGroupRequestsQuery } from './event-group-requests.query';

@ApiTags('group-requests')
@ReadsProjections('group-requests', 'catalog-events', 'accounts')
@Controller('api/events')
export class EventGroupRequestsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/group-requests')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: GroupRequestsView, description: "The event's group requests, newest first" })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  list(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new EventGroupRequestsQuery({ eventId, viewer }));
  }
}
