import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { OrdersPageView } from '../orders.views';
import { EventOrdersQuery } from './event-orders.query';
import { EventOrdersRequest } from './event-orders.request';

@ApiTags('booking')
@ReadsProjections('event-orders', 'catalog-events')
@Controller('api/events')
export class EventOrdersController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/orders')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: OrdersPageView, description: "The event's orders (bookings), newest first, 50 a page" })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  list(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() request: EventOrdersRequest,
  ) {
    return this.queries.execute(
      new EventOrdersQuery({
        eventId,
        viewer,
        ...(request.status ? { status: request.status } : {}),
        ...(request.q ? { q: request.q } : {}),
        page: request.page ?? 1,
      }),
    );
  }
}
