import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { BookingDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { bookingViews } from '../booking-view';
import { MY_BOOKINGS_LIMIT, MyBookingsQuery } from './my-bookings.query';

@QueryHandler(MyBookingsQuery)
export class MyBookingsHandler implements IQueryHandler<MyBookingsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { buyerId } }: MyBookingsQuery) {
    const bookings = await this.readModels.collection<BookingDoc>('bookings');
    const [docs, total] = await Promise.all([
      bookings.find({ buyerId }, { sort: { placedAt: -1, _id: -1 }, limit: MY_BOOKINGS_LIMIT }),
      bookings.countDocuments({ buyerId }),
    ]);
    return { items: await bookingViews(this.readModels, docs), total };
  }
}
