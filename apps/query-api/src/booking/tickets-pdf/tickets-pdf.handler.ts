import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import { TicketCodes, TicketPdfRenderer } from '@booking/tickets';
import { ReadModels } from '../../http/read-models';
import { bookingNumber, findConfirmedBooking, printedTickets } from '../booking-tickets';
import { type TicketsPdf, TicketsPdfQuery } from './tickets-pdf.query';

/** One page per ticket (libs/tickets renderTicketsPdf, on TicketPdfRenderer's worker threads): event, time in the venue's zone, seat, attendee, tier and price, QR. */
@QueryHandler(TicketsPdfQuery)
export class TicketsPdfHandler implements IQueryHandler<TicketsPdfQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly codes: TicketCodes,
    private readonly pdfs: TicketPdfRenderer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { bookingId, viewer } }: TicketsPdfQuery): Promise<TicketsPdf> {
    const confirmed = await findConfirmedBooking(this.readModels, bookingId, viewer);
    const pdf = await this.pdfs.render(printedTickets(this.codes, confirmed), { createdAt: this.clock.now() });
    return { pdf, filename: `tickets-${bookingNumber(confirmed.booking._id)}.pdf` };
  }
}
