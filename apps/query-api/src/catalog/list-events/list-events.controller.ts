import { Controller, Get, Headers, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@booking/platform';
import { ListEventsParams, ListEventsQuery } from './list-events.query';

@ApiTags('catalog')
@Controller('api/events')
export class ListEventsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOkResponse({
    description: '{ items: EventSummary[], total, facets? } — published events not over yet, soonest first by default',
  })
  list(@Query() params: ListEventsParams, @Headers('x-min-position') header?: unknown) {
    // Checked by the ConsistencyInterceptor (header first, as there), which also waited for the position.
    const minPosition = typeof header === 'string' ? header : params.minPosition;
    return this.queries.execute(new ListEventsQuery(params, this.clock.now(), minPosition));
  }
}
