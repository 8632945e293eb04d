import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { BookingView } from '../booking.views';
import { GetBookingQuery } from './get-booking.query';

@ApiTags('booking')
@ReadsProjections('bookings')
@Controller('api/bookings')
export class GetBookingController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':bookingId')
  @Authenticated()
  @ApiOkResponse({ type: BookingView })
  @ApiProblems({ 404: 'No such booking, or not yours' })
  get(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new GetBookingQuery({ bookingId, viewer }));
  }
}
