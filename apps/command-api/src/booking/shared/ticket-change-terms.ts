import { Injectable } from '@nestjs/common';
import { CommandPipeline, bookingModel, checkinModel } from '@booking/command-pipeline';
import { DomainError, type TicketChangeTerms } from '@booking/domain';
import { CatalogReader } from '../../inventory/shared/catalog-reader';

/**
 * What a transfer or reissue of a ticket is decided against, read from the write side: the
 * booking names its event; the event's catalog stream gives its organizer and dates, its check-in
 * stream whether the ticket was used. An unknown booking is a 404 before anything is read.
 */
@Injectable()
export class TicketChangeTermsReader {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
  ) {}

  async read(bookingId: string, ticketId: string): Promise<TicketChangeTerms> {
    const booking = await this.pipeline.read(bookingModel, bookingId);
    if (booking.status === 'none') throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
    const event = await this.catalog.current(booking.eventId);
    if (event.status === 'none') throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
    const doors = await this.pipeline.read(checkinModel, booking.eventId);
    return {
      organizerId: event.organizerId,
      startsAt: event.startsAt,
      ...(event.details.endsAt ? { endsAt: event.details.endsAt } : {}),
      checkedIn: doors.firstUse.has(ticketId.toLowerCase()),
    };
  }
}
