import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { CancellationQuoteView } from '../booking.views';
import { CancellationQuoteQuery } from './cancellation-quote.query';

@ApiTags('booking')
@ReadsProjections('bookings', 'catalog-events')
@Controller('api/bookings')
export class CancellationQuoteController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':bookingId/cancellation')
  @Authenticated()
  @ApiOkResponse({
    type: CancellationQuoteView,
    description: 'Whether the caller may cancel now, and what it gives back',
  })
  @ApiProblems({ 404: "No such booking, or not the caller's (buyer, event organizer, admin)" })
  get(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new CancellationQuoteQuery({ bookingId, viewer }));
  }
}
