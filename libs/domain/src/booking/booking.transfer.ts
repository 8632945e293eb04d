import { type Actor, type CommandMetadata, DomainError, hasRole } from '../kernel';
import type { ReissueTicket, TicketChangeTerms, TransferTicket } from './booking.commands';
import type { BookingEvent, BookingTicket, ReissuedBy } from './booking.events';
import { type BookingState, currentReissue } from './booking.state';

type Placed = Exclude<BookingState, { status: 'none' }>;

/** The longest holder name and address a transfer takes. */
export const MAX_HOLDER_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;

/** An address mail can go to: one `@`, no spaces, a dot in the domain. The request checks it too. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(value);
}

const DEFAULT_REISSUE_REASONS: Record<ReissuedBy, string> = {
  buyer: 'Reissued by the buyer',
  organizer: "Reissued by the event's organizer",
  admin: 'Reissued by an administrator',
};

/**
 * The buyer gives a valid ticket to another person before the event starts: the ticket gets a new
 * code for the new holder and every older code is revoked. The event's organizer and admins may
 * reissue a ticket but not give it away (403); anyone else reads the booking as unknown (404).
 */
export function transferTicket({ data, metadata }: TransferTicket, state: BookingState): BookingEvent[] {
  const { booking, by } = changeable(state, data.bookingId, data.terms, metadata.actor);
  if (by !== 'buyer') {
    throw DomainError.forbidden('booking.transfer-forbidden', 'Only the buyer may transfer a ticket');
  }
  const ticket = activeTicket(booking, data.ticketId, data.terms);
  if (metadata.now.getTime() >= Date.parse(data.terms.startsAt)) {
    throw DomainError.conflict('booking.transfer-closed', 'Tickets can be transferred until the event starts', {
      until: data.terms.startsAt,
    });
  }
  const toName = data.toName.trim();
  const toEmail = data.toEmail.trim();
  if (toName === '' || toName.length > MAX_HOLDER_NAME_LENGTH) {
    throw DomainError.validation(
      'booking.bad-holder-name',
      `The new holder's name: 1 to ${MAX_HOLDER_NAME_LENGTH} characters`,
      {
        field: 'name',
      },
    );
  }
  if (!isEmailAddress(toEmail)) {
    throw DomainError.validation('booking.bad-holder-email', 'The new holder needs a valid e-mail address', {
      field: 'email',
    });
  }
  const holder = booking.holderEmails[ticket.ticketId] ?? booking.buyerEmail;
  if (toEmail.toLowerCase() === holder) {
    throw DomainError.conflict('booking.same-holder', 'The ticket already belongs to this address', {
      field: 'email',
    });
  }
  const { bookingId, eventId, buyerId } = booking;
  return [
    {
      type: 'TicketTransferred',
      data: {
        bookingId,
        eventId,
        buyerId,
        ticketId: ticket.ticketId,
        toName,
        toEmail,
        reissue: currentReissue(booking, ticket.ticketId) + 1,
      },
    },
  ];
}

/** A lost ticket gets a new code for the same holder until the event ends; the old code is revoked. */
export function reissueTicket({ data, metadata }: ReissueTicket, state: BookingState): BookingEvent[] {
  const { booking, by } = changeable(state, data.bookingId, data.terms, metadata.actor);
  const ticket = activeTicket(booking, data.ticketId, data.terms);
  const end = data.terms.endsAt ?? data.terms.startsAt;
  if (metadata.now.getTime() >= Date.parse(end)) {
    throw DomainError.conflict('booking.reissue-closed', 'Tickets can be reissued until the event ends', {
      until: end,
    });
  }
  const { bookingId, eventId, buyerId } = booking;
  return [
    {
      type: 'TicketReissued',
      data: {
        bookingId,
        eventId,
        buyerId,
        ticketId: ticket.ticketId,
        reissue: currentReissue(booking, ticket.ticketId) + 1,
        by,
        reason: data.reason.trim() || DEFAULT_REISSUE_REASONS[by],
      },
    },
  ];
}

/** The role a person changes a ticket in; another person's booking reads as none at all. */
function changerOf(actor: Actor, buyerId: string, terms: TicketChangeTerms): ReissuedBy | undefined {
  if (actor.userId === buyerId) return 'buyer';
  if (hasRole(actor, 'admin')) return 'admin';
  if (actor.userId === terms.organizerId) return 'organizer';
  return undefined;
}

function changeable(state: BookingState, bookingId: string, terms: TicketChangeTerms, actor: CommandMetadata['actor']) {
  const by = state.status === 'none' ? undefined : changerOf(actor, state.buyerId, terms);
  if (state.status === 'none' || !by) throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
  if (state.status !== 'confirmed') {
    throw DomainError.conflict(
      'booking.not-confirmed',
      `Booking ${bookingId} is ${state.status}: it has no valid tickets`,
      { status: state.status },
    );
  }
  return { booking: state, by };
}

/** A ticket of the booking, neither cancelled nor used at the door. */
function activeTicket(booking: Placed, ticketId: string, terms: TicketChangeTerms): BookingTicket {
  const id = ticketId.toLowerCase();
  const ticket = booking.tickets.find((t) => t.ticketId === id);
  if (!ticket) {
    throw DomainError.notFound('booking.ticket-not-found', `Booking ${booking.bookingId} has no ticket ${id}`, {
      ticketId: id,
    });
  }
  if (booking.cancelledTicketIds.includes(id)) {
    throw DomainError.conflict('booking.ticket-cancelled', `Ticket ${id} is cancelled`, { ticketId: id });
  }
  if (terms.checkedIn) {
    throw DomainError.conflict('booking.ticket-checked-in', `Ticket ${id} was already used at the door`, {
      ticketId: id,
    });
  }
  return ticket;
}
