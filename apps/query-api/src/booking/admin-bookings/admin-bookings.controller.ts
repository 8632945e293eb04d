import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { AdminBookingsView } from '../orders.views';
import { AdminBookingsQuery } from './admin-bookings.query';
import { AdminBookingsRequest } from './admin-bookings.request';

@ApiTags('booking')
@ReadsProjections('event-orders', 'catalog-events')
@Controller('api/admin/bookings')
export class AdminBookingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Authenticated('admin')
  @ApiOkResponse({ type: AdminBookingsView, description: 'Any booking, newest first, 50 a page' })
  @ApiProblems(403)
  list(@Query() request: AdminBookingsRequest) {
    return this.queries.execute(
      new AdminBookingsQuery({
        ...(request.eventId ? { eventId: request.eventId } : {}),
        ...(request.status ? { status: request.status } : {}),
        ...(request.q ? { q: request.q } : {}),
        page: request.page ?? 1,
      }),
    );
  }
}
