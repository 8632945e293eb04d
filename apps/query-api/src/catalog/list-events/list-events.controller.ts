import { Controller, Get, Header, Headers, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@booking/platform';
import type { EventList } from './list-events.handler';
import { ListEventsParams, ListEventsQuery } from './list-events.query';
import { ReadsProjections } from '../../http/reads-projections';
import { EventListView } from '../catalog.views';

@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api/events')
export class ListEventsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Each list serialized once: repeated answers (the search cache's) are sent as the same JSON text. */
  private readonly bodies = new WeakMap<EventList, string>();

  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({
    type: EventListView,
    description: 'Published events not over yet, soonest first by default',
  })
  async list(@Query() params: ListEventsParams, @Headers('x-min-position') header?: unknown): Promise<string> {
    // Checked by the ConsistencyInterceptor (header first, as there), which also waited for the position.
    const minPosition = typeof header === 'string' ? header : params.minPosition;
    const list = await this.queries.execute<ListEventsQuery, EventList>(
      new ListEventsQuery(params, this.clock.now(), minPosition),
    );
    let body = this.bodies.get(list);
    if (body === undefined) {
      body = JSON.stringify(list);
      this.bodies.set(list, body);
    }
    return body;
  }
}
