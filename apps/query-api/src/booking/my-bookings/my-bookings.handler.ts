import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import type { BookingDoc, CatalogEventDoc } from '@booking/projections';
import type { Filter } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { bookingViews } from '../booking-view';
import { MY_BOOKINGS_LIMIT, MyBookingsQuery, type MyBookingsWhen } from './my-bookings.query';

const LIVE: BookingDoc['status'][] = ['pending-payment', 'confirmed'];
const ENDED: BookingDoc['status'][] = ['cancelled', 'expired'];

@QueryHandler(MyBookingsQuery)
export class MyBookingsHandler implements IQueryHandler<MyBookingsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { buyerId, when } }: MyBookingsQuery) {
    const bookings = await this.readModels.collection<BookingDoc>('bookings');
    const filter = await this.filterFor(buyerId, when);
    const [docs, total] = await Promise.all([
      bookings.find(filter, { sort: { placedAt: -1, _id: -1 }, limit: MY_BOOKINGS_LIMIT }),
      bookings.countDocuments(filter),
    ]);
    return { items: await bookingViews(this.readModels, docs), total };
  }

  /**
   * The tab's filter on what the bookings document already holds (status, eventId): upcoming and
   * past split the live bookings by their event's start in the catalog (an event the catalog no
   * longer shows counts as past); cancelled is every booking that ended without tickets.
   */
  private async filterFor(buyerId: string, when: MyBookingsWhen | undefined): Promise<Filter> {
    if (when === undefined) return { buyerId };
    if (when === 'cancelled') return { buyerId, status: { $in: ENDED } };
    const bookings = await this.readModels.collection<BookingDoc>('bookings');
    const live = await bookings.find({ buyerId, status: { $in: LIVE } }, { projection: { eventId: 1 } });
    const eventIds = [...new Set(live.map((doc) => doc.eventId))];
    const upcoming = eventIds.length
      ? await (
          await this.readModels.collection<CatalogEventDoc>('catalog-events')
        ).find(
          { _id: { $in: eventIds }, startsAt: { $gt: this.clock.now().toISOString() } },
          { projection: { _id: 1 } },
        )
      : [];
    const upcomingIds = upcoming.map((event) => event._id);
    return {
      buyerId,
      status: { $in: LIVE },
      eventId: when === 'upcoming' ? { $in: upcomingIds } : { $nin: upcomingIds },
    };
  }
}
