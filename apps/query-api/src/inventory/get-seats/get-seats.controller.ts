import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { ReadsProjections } from '../../http/reads-projections';
import { SeatsView } from '../inventory.views';
import { GetSeatsQuery } from './get-seats.query';

@ApiTags('inventory')
@ReadsProjections('catalog-events', 'event-availability', 'holds')
@Controller('api/events')
export class GetSeatsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/seats')
  @OptionalAuthentication()
  @ApiOkResponse({ type: SeatsView })
  @ApiNotFoundResponse({ description: 'Unknown event, or one you may not see' })
  get(@Param('eventId', new ParseUUIDPipe()) eventId: string, @Req() request: { user?: Actor }) {
    return this.queries.execute(new GetSeatsQuery({ eventId, viewer: request.user }));
  }
}
