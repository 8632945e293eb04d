import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { SalesView } from '../orders.views';
import { EventSalesQuery } from './event-sales.query';

@ApiTags('booking')
@ReadsProjections('event-orders', 'catalog-events')
@Controller('api/events')
export class EventSalesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/sales')
  @Authenticated('organizer', 'admin', 'finance', 'analyst')
  @ApiOkResponse({ type: SalesView, description: 'Tickets sold and revenue (per tier), bookings per status' })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  get(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new EventSalesQuery({ eventId, viewer }));
  }
}
