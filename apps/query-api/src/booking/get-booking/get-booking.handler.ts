import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { hasRole } from '@booking/domain';
import type { BookingDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { bookingViews } from '../booking-view';
import { GetBookingQuery } from './get-booking.query';

@QueryHandler(GetBookingQuery)
export class GetBookingHandler implements IQueryHandler<GetBookingQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { bookingId, viewer } }: GetBookingQuery) {
    const doc = await this.readModels.findById<BookingDoc>('bookings', bookingId.toLowerCase());
    // Another person's booking reads as none at all.
    if (!doc || (doc.buyerId !== viewer.userId && !hasRole(viewer, 'admin'))) {
      throw new NotFoundException(`No booking ${bookingId}`);
    }
    const [view] = await bookingViews(this.readModels, [doc]);
    return view;
  }
}
