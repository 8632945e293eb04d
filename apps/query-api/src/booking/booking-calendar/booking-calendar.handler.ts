import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock, PublicOrigin } from '@booking/platform';
import { bookingCalendar } from '@booking/tickets';
import { ReadModels } from '../../http/read-models';
import { bookingNumber, findConfirmedBooking } from '../booking-tickets';
import { type BookingCalendarFile, BookingCalendarQuery } from './booking-calendar.query';

/** The event as one VEVENT whose UID is the booking's and the event's: downloading it again updates the entry. */
@QueryHandler(BookingCalendarQuery)
export class BookingCalendarHandler implements IQueryHandler<BookingCalendarQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly origin: PublicOrigin,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { bookingId, viewer } }: BookingCalendarQuery): Promise<BookingCalendarFile> {
    const { booking, event } = await findConfirmedBooking(this.readModels, bookingId, viewer);
    const origin = new URL(this.origin.url);
    const ics = bookingCalendar(
      {
        bookingId: booking._id,
        eventId: booking.eventId,
        title: event.title,
        startsAt: event.startsAt,
        ...(event.endsAt ? { endsAt: event.endsAt } : {}),
        location: [event.venue.name, event.venue.city, event.venue.country].filter(Boolean).join(', '),
        url: new URL(`/bookings/${booking._id}`, origin).href,
      },
      { now: this.clock.now(), uidDomain: origin.hostname },
    );
    return { ics, filename: `booking-${bookingNumber(booking._id)}.ics` };
  }
}
