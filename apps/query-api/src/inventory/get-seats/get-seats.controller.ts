import { Controller, Get, Inject, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import type { AvailabilityDoc, HoldDoc } from '@booking/projections';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { ReadModels } from '../../http/read-models';
import { findVisibleEvent } from '../../catalog/visible-event';
import { ReadsProjections } from '../../http/reads-projections';
import { SeatsView } from '../inventory.views';

/** The live state of a seat map: free places per section and the seats in active holds. */
@ApiTags('inventory')
@ReadsProjections('catalog-events', 'event-availability', 'holds')
@Controller('api/events')
export class GetSeatsController {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':eventId/seats')
  @OptionalAuthentication()
  @ApiOkResponse({ type: SeatsView })
  @ApiNotFoundResponse({ description: 'Unknown event, or one you may not see' })
  async get(@Param('eventId', new ParseUUIDPipe()) eventId: string, @Req() request: { user?: Actor }) {
    await findVisibleEvent(this.readModels, eventId, request.user);
    const availability = await (
      await this.readModels.collection<AvailabilityDoc>('event-availability')
    ).findOne({ _id: eventId });
    const holds = await (
      await this.readModels.collection<HoldDoc>('holds')
    ).find({ eventId, status: 'active', expiresAt: { $gt: this.clock.now().toISOString() } });
    return {
      eventId,
      sections: Object.entries(availability?.sections ?? {}).map(([sectionId, counts]) => ({
        sectionId,
        capacity: counts.capacity,
        free: counts.free,
      })),
      taken: holds.flatMap((hold) => hold.seatIds ?? []),
      position: String(availability?._position ?? 0),
    };
  }
}
