import { NotFoundException } from '@nestjs/common';
import { type Actor, hasRole } from '@booking/domain';
import { ProblemException, problem } from '@booking/platform';
import type { BookingDoc, BookingTicketDoc, CatalogEventDoc } from '@booking/projections';
import { type TicketCodes, type TicketView as PrintedTicket, printedTickets as printTickets } from '@booking/tickets';
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

/** The tickets that still admit: a cancelled ticket's code is never served. */
export const validTickets = (booking: BookingDoc): BookingTicketDoc[] =>
  booking.tickets.filter((ticket) => !ticket.cancelledAt);

/** Printing is shared with the confirmation mail (libs/tickets printed-tickets). */
export { bookingNumber, ticketSeat } from '@booking/tickets';

/** Every valid ticket of a confirmed booking as printed, each with its current signed code; cancelled ones are left out. */
export function printedTickets(codes: TicketCodes, confirmed: ConfirmedBooking): PrintedTicket[] {
  return printTickets((ticket) => codes.issue(ticket), confirmed);
}
