import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { OrganizerEventsView } from '../catalog.views';
import { OrganizerEventsQuery } from './organizer-events.query';

@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api/organizer/events')
export class OrganizerEventsController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller's own events in every status, newest first. */
  @Get()
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: OrganizerEventsView })
  mine(@CurrentActor() actor: Actor, @Query() _request: MinPositionRequest) {
    return this.queries.execute(new OrganizerEventsQuery({ organizerId: actor.userId }));
  }
}
