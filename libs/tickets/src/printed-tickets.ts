import { bookingNumber } from '@booking/domain';
import type { TicketView } from './ticket-view';

/** What printing needs of a booking (the bookings read model's document fits). */
export type PrintableBooking = Readonly<{
  _id: string;
  eventId: string;
  buyerName: string;
  tickets: readonly PrintableTicket[];
}>;
export type PrintableTicket = Readonly<{
  ticketId: string;
  sectionId?: string;
  seatId?: string;
  tierName: string;
  price: Readonly<{ amount: number; currency: string }>;
  attendeeName?: string;
  /** Set once the ticket was cancelled: it is not printed. */
  cancelledAt?: string;
  /** The current code's counter, once transferred or reissued (absent: the first code). */
  reissue?: number;
}>;
/** What printing needs of the event (the catalog read model's document fits). */
export type PrintableEvent = Readonly<{
  title: string;
  startsAt: string;
  endsAt?: string;
  timeZone: string;
  venue: Readonly<{ name: string; city?: string; country?: string }>;
  seating?: Readonly<{ sections: readonly Readonly<{ id: string; name: string }>[] }>;
}>;

/** Signs a ticket's code: TicketCodes.issue. */
export type IssueCode = (ticket: Readonly<{ eventId: string; ticketId: string; reissue: number }>) => string;

/** Where a ticket admits: the section by its name, row and seat from the seat id (`stalls:B:12`); none for general admission. */
export function ticketSeat(
  ticket: Pick<PrintableTicket, 'sectionId' | 'seatId'>,
  event: Pick<PrintableEvent, 'seating'>,
): TicketView['seat'] {
  const sectionId = ticket.sectionId ?? ticket.seatId?.split(':')[0];
  if (!sectionId) return undefined;
  const section = event.seating?.sections.find((candidate) => candidate.id === sectionId)?.name ?? sectionId;
  if (!ticket.seatId) return { section };
  const [, row, number] = ticket.seatId.split(':');
  return { section, ...(row ? { row } : {}), ...(number ? { number } : {}) };
}

/** The booking number printed on tickets: the booking domain's rule. */
export { bookingNumber };

/** Every valid ticket of a confirmed booking as printed, each with its current signed code (reissue counter). */
export function printedTickets(
  issue: IssueCode,
  { booking, event }: Readonly<{ booking: PrintableBooking; event: PrintableEvent }>,
): TicketView[] {
  const venue = [event.venue.name, event.venue.city, event.venue.country].filter(Boolean);
  return booking.tickets
    .filter((ticket) => !ticket.cancelledAt)
    .map((ticket) => {
      const seat = ticketSeat(ticket, event);
      return {
        ticketId: ticket.ticketId,
        code: issue({ eventId: booking.eventId, ticketId: ticket.ticketId, reissue: ticket.reissue ?? 0 }),
        event: {
          title: event.title,
          startsAt: event.startsAt,
          ...(event.endsAt ? { endsAt: event.endsAt } : {}),
          timeZone: event.timeZone,
        },
        venue: { name: venue[0] ?? '', ...(venue.length > 1 ? { address: venue.slice(1).join(', ') } : {}) },
        ...(seat ? { seat } : {}),
        attendeeName: ticket.attendeeName ?? booking.buyerName,
        priceTier: {
          name: ticket.tierName,
          price: { amountMinor: ticket.price.amount, currency: ticket.price.currency },
        },
        bookingNumber: bookingNumber(booking._id),
      };
    });
}
