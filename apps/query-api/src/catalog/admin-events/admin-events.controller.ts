import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { AdminEventsView } from '../catalog.views';
import { AdminEventsQuery } from './admin-events.query';
import { AdminEventsRequest } from './admin-events.request';

@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api/admin/events')
export class AdminEventsController {
  constructor(private readonly queries: QueryBus) {}

  /** The approval queue (or any status), oldest submission first. */
  @Get()
  @Authenticated('admin')
  @ApiOkResponse({ type: AdminEventsView })
  byStatus(@Query() request: AdminEventsRequest) {
    return this.queries.execute(new AdminEventsQuery({ status: request.status ?? 'submitted' }));
  }
}
