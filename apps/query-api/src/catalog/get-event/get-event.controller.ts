import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { GetEventQuery } from './get-event.query';
import { ReadsProjections } from '../../http/reads-projections';
import { EventDetailView } from '../catalog.views';

@ApiTags('catalog')
@ReadsProjections('catalog-events', 'event-availability')
@Controller('api/events')
export class GetEventController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId')
  @OptionalAuthentication()
  @ApiOkResponse({ type: EventDetailView })
  @ApiNotFoundResponse({ description: 'Unknown, or a draft you may not see' })
  get(@Param('eventId', new ParseUUIDPipe()) eventId: string, @Req() request: { user?: Actor }) {
    return this.queries.execute(new GetEventQuery({ eventId, viewer: request.user }));
  }
}
