import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { MyBookingsView } from '../booking.views';
import { MyBookingsQuery } from './my-bookings.query';
import { MyBookingsRequest } from './my-bookings.request';

@ApiTags('booking')
@ReadsProjections('bookings', 'catalog-events')
@Controller('api/me')
export class MyBookingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('bookings')
  @Authenticated()
  @ApiOkResponse({ type: MyBookingsView, description: "The caller's bookings, newest first (at most 100)" })
  list(@CurrentActor() actor: Actor, @Query() request: MyBookingsRequest) {
    return this.queries.execute(
      new MyBookingsQuery({ buyerId: actor.userId, ...(request.when ? { when: request.when } : {}) }),
    );
  }
}
