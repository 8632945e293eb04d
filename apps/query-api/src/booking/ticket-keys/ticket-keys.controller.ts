import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { TicketKeysView } from '../tickets.views';
import { TicketKeysQuery } from './ticket-keys.query';

@ApiTags('booking')
@ReadsProjections('catalog-events')
@Controller('api/events')
export class TicketKeysController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/ticket-keys')
  @Authenticated('organizer', 'admin', 'ops')
  @ApiOkResponse({ type: TicketKeysView, description: "The event's Ed25519 public keys for offline ticket checks" })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  get(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new TicketKeysQuery({ eventId, viewer }));
  }
}
