import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import type { AvailabilityDoc, HoldDoc } from '@booking/projections';
import { findVisibleEvent } from '../../catalog/visible-event';
import { ReadModels } from '../../http/read-models';
import { GetSeatsQuery } from './get-seats.query';

/** The live state of a seat map: free places per section and the seats in active holds, checkouts or sold. */
@QueryHandler(GetSeatsQuery)
export class GetSeatsHandler implements IQueryHandler<GetSeatsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { eventId, viewer } }: GetSeatsQuery) {
    await findVisibleEvent(this.readModels, eventId, viewer);
    const availability = await this.readModels.findById<AvailabilityDoc>('event-availability', eventId);
    const holds = await (
      await this.readModels.collection<HoldDoc>('holds')
    ).find({
      eventId,
      $or: [
        { status: 'active', expiresAt: { $gt: this.clock.now().toISOString() } },
        { status: { $in: ['checked-out', 'sold'] } },
      ],
    });
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
