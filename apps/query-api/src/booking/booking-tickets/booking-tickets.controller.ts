import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { BookingTicketsView } from '../tickets.views';
import { BookingTicketsQuery } from './booking-tickets.query';

@ApiTags('booking')
@ReadsProjections('bookings', 'catalog-events')
@Controller('api/bookings')
export class BookingTicketsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':bookingId/tickets')
  @Authenticated()
  @ApiOkResponse({ type: BookingTicketsView, description: 'The tickets with their signed codes and QR codes' })
  @ApiProblems({ 404: 'No such booking, or not yours', 409: 'The booking is not confirmed (booking.not-confirmed)' })
  get(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new BookingTicketsQuery({ bookingId, viewer }));
  }
}
