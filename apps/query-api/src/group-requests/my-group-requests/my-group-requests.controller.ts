import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { GroupRequestsView } from '../group-requests.views';
import { MyGroupRequestsQuery } from './my-group-requests.query';
import { MyGroupRequestsRequest } from './my-group-requests.request';

@ApiTags('group-requests')
@ReadsProjections('group-requests', 'catalog-events')
@Controller('api/me')
export class MyGroupRequestsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('group-requests')
  @Authenticated()
  @ApiOkResponse({ type: GroupRequestsView, description: "The caller's group requests, newest first" })
  list(@CurrentActor() actor: Actor, @Query() request: MyGroupRequestsRequest) {
    return this.queries.execute(
      new MyGroupRequestsQuery({ requesterId: actor.userId, ...(request.eventId ? { eventId: request.eventId } : {}) }),
    );
  }
}
