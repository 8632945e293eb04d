import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TicketCodes, qrSvg, seatLabel } from '@booking/tickets';
import { ReadModels } from '../../http/read-models';
import { findConfirmedBooking, printedTickets, validTickets } from '../booking-tickets';
import type { BookingTicketsView } from '../tickets.views';
import { BookingTicketsQuery } from './booking-tickets.query';

@QueryHandler(BookingTicketsQuery)
export class BookingTicketsHandler implements IQueryHandler<BookingTicketsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly codes: TicketCodes,
  ) {}

  async execute({ args: { bookingId, viewer } }: BookingTicketsQuery): Promise<BookingTicketsView> {
    const confirmed = await findConfirmedBooking(this.readModels, bookingId, viewer);
    const printed = printedTickets(this.codes, confirmed);
    const tickets = await Promise.all(
      validTickets(confirmed.booking).map(async (ticket, i) => {
        const { seat, code, attendeeName } = printed[i]!;
        return {
          ticketId: ticket.ticketId,
          ...(ticket.sectionId || ticket.seatId ? { sectionId: ticket.sectionId ?? ticket.seatId!.split(':')[0] } : {}),
          ...(seat ? { sectionName: seat.section } : {}),
          ...(seat?.row ? { row: seat.row } : {}),
          ...(seat?.number ? { seatNumber: seat.number } : {}),
          seatLabel: seatLabel(seat),
          tierId: ticket.tierId,
          tierName: ticket.tierName,
          attendeeName,
          code,
          qrSvg: await qrSvg(code),
        };
      }),
    );
    return { bookingId: confirmed.booking._id, eventId: confirmed.booking.eventId, tickets };
  }
}
