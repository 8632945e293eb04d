import { Controller, type MessageEvent, NotFoundException, Param, ParseUUIDPipe, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Observable, concat, defer, filter, interval, map, merge, mergeMap } from 'rxjs';
import type { AvailabilityDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { availabilityView } from '../../catalog/event-views';
import { LiveAvailability } from './live-availability.service';
import { ReadsProjections } from '../../http/reads-projections';

const PING_EVERY_MS = 20_000;

@ApiTags('inventory')
@ReadsProjections('event-availability')
@Controller('api/events')
export class StreamAvailabilityController {
  constructor(
    private readonly live: LiveAvailability,
    private readonly readModels: ReadModels,
  ) {}

  /** Server-sent events: the current availability at once, then every change; a ping every 20 s. */
  @Sse(':eventId/availability/stream')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: '`event: availability` messages carrying Availability (JSON), and `event: ping` every 20 s',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  stream(@Param('eventId', new ParseUUIDPipe()) eventId: string): Observable<MessageEvent> {
    const current = defer(() => this.current(eventId)).pipe(mergeMap((views) => views));
    const updates = this.live.changes.pipe(filter((view) => view.eventId === eventId));
    const availability = concat(current, updates).pipe(map((data): MessageEvent => ({ type: 'availability', data })));
    const pings = interval(PING_EVERY_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    return merge(availability, pings);
  }

  private async current(eventId: string) {
    const collection = await this.readModels.collection<AvailabilityDoc>('event-availability');
    const doc = await collection.findOne({ _id: eventId });
    // As GET /availability: an event not on sale is a 404, not a stream that stays silent forever.
    if (!doc) throw new NotFoundException(`Event ${eventId} is not on sale`);
    return [availabilityView(doc)];
  }
}
