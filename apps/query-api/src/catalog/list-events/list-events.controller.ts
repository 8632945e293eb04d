import { Controller, Get, Header, Headers, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadsProjections } from '../../http/reads-projections';
import { EventListView } from '../catalog.views';
import { type EventList, ListEventsQuery } from './list-events.query';
import { ListEventsRequest } from './list-events.request';

@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api/events')
export class ListEventsController {
  constructor(private readonly queries: QueryBus) {}

  /** Each list serialized once: repeated answers (the search cache's) are sent as the same JSON text. */
  private readonly bodies = new WeakMap<EventList, string>();

  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({
    type: EventListView,
    description: 'Published events not over yet, soonest first by default',
  })
  async list(@Query() request: ListEventsRequest, @Headers('x-min-position') header?: unknown): Promise<string> {
    // Checked by the ConsistencyGuard (header first, as there), which also waited for the position.
    const minPosition = typeof header === 'string' ? header : request.minPosition;
    const list = await this.queries.execute(new ListEventsQuery({ criteria: request, minPosition }));
    let body = this.bodies.get(list);
    if (body === undefined) {
      body = JSON.stringify(list);
      this.bodies.set(list, body);
    }
    return body;
  }
}
