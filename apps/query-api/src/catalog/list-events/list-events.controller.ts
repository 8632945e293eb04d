import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListEventsParams, ListEventsQuery } from './list-events.query';

@ApiTags('catalog')
@Controller('api/events')
export class ListEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: '{ items: EventSummary[], total } — published events, soonest first' })
  list(@Query() params: ListEventsParams) {
    return this.queries.execute(new ListEventsQuery(params));
  }
}
