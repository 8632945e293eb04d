import { NotFoundException } from '@nestjs/common';
import { type Actor, hasRole } from '@booking/domain';
import { ProblemException, problem } from '@booking/platform';
import type { BookingDoc, BookingTicketDoc, CatalogEventDoc } from '@booking/projections';
import { type TicketCodes, type TicketView as PrintedTicket } from '@booking/tickets';
import type { ReadModels } from '../http/read-models';

export type ConfirmedBooking = Readonly<{ booking: BookingDoc; event: CatalogEventDoc }>;

/**
 * The booking behind a ticket artefact, with its event: the buyer's and admins' only (anyone else
 * gets the same 404 as GET /api/bookings/{id}), and only once confirmed (409 booking.not-confirmed:
 * a pending booking has no tickets yet, an expired or cancelled one no valid tickets).
 */
export async function findConfirmedBooking(
  readModels: ReadModels,
  bookingId: string,
  viewer: Actor,
): Promise<ConfirmedBooking> {
  const booking = await readModels.findById<BookingDoc>('bookings', bookingId.toLowerCase());
  if (!booking || (booking.buyerId !== viewer.userId && !hasRole(viewer, 'admin'))) {
    throw new NotFoundException(`No booking ${bookingId}`);
  }
  if (booking.status !== 'confirmed') {
    throw new ProblemException(
      problem(
        409,
        'booking/not-confirmed',
        'Conflict',
        `Booking ${bookingId} is ${booking.status}: it has no tickets`,
        {
          code: 'booking.not-confirmed',
        },
      ),
    );
  }
  const event = await readModels.findById<CatalogEventDoc>('catalog-events', booking.eventId);
  if (!event) throw new NotFoundException(`No booking ${bookingId}`);
  return { booking, event };
}

/** Where a ticket admits: the section by its name, row and seat from the seat id (`stalls:B:12`); none for general admission. */
export function ticketSeat(
  ticket: Pick<BookingTicketDoc, 'sectionId' | 'seatId'>,
  event: CatalogEventDoc,
): PrintedTicket['seat'] {
  const sectionId = ticket.sectionId ?? ticket.seatId?.split(':')[0];
  if (!sectionId) return undefined;
  const section = event.seating?.sections.find((candidate) => candidate.id === sectionId)?.name ?? sectionId;
  if (!ticket.seatId) return { section };
  const [, row, number] = ticket.seatId.split(':');
  return { section, ...(row ? { row } : {}), ...(number ? { number } : {}) };
}

/** The booking number printed on tickets: the booking id's first block, upper case (the full id is on the booking page). */
export function bookingNumber(bookingId: string): string {
  return bookingId.slice(0, 8).toUpperCase();
}

/** Every ticket of a confirmed booking as printed, each with its first signed code (reissue 0). */
export function printedTickets(codes: TicketCodes, { booking, event }: ConfirmedBooking): PrintedTicket[] {
  const venue = [event.venue.name, event.venue.city, event.venue.country].filter(Boolean);
  return booking.tickets.map((ticket) => {
    const seat = ticketSeat(ticket, event);
    return {
      ticketId: ticket.ticketId,
      code: codes.issue({ eventId: booking.eventId, ticketId: ticket.ticketId, reissue: 0 }),
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
