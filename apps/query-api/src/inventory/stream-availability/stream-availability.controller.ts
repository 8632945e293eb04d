import { Controller, type MessageEvent, Param, ParseUUIDPipe, Sse } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Observable, concat, defer, filter, interval, map, merge } from 'rxjs';
import { ReadsProjections } from '../../http/reads-projections';
import { GetAvailabilityQuery } from '../get-availability/get-availability.query';
import { LiveAvailability } from './live-availability.service';

const PING_EVERY_MS = 20_000;

/**
 * The one read that is not a query of its own: a query answers once (QueryBus.execute is a promise),
 * a stream answers for as long as the client stays. So the controller opens with the GET
 * /availability query through the bus (an event not on sale is its 404, not a stream that stays
 * silent forever) and goes on with the changes LiveAvailability tails from the log.
 */
@ApiTags('inventory')
@ReadsProjections('event-availability')
@Controller('api/events')
export class StreamAvailabilityController {
  constructor(
    private readonly live: LiveAvailability,
    private readonly queries: QueryBus,
  ) {}

  /** Server-sent events: the current availability at once, then every change; a ping every 20 s. */
  @Sse(':eventId/availability/stream')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: '`event: availability` messages carrying Availability (JSON), and `event: ping` every 20 s',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  stream(@Param('eventId', new ParseUUIDPipe()) eventId: string): Observable<MessageEvent> {
    const current = defer(() => this.queries.execute(new GetAvailabilityQuery({ eventId })));
    const updates = this.live.changes.pipe(filter((view) => view.eventId === eventId));
    const availability = concat(current, updates).pipe(map((data): MessageEvent => ({ type: 'availability', data })));
    const pings = interval(PING_EVERY_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    return merge(availability, pings);
  }
}
