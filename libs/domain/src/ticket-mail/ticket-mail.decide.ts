import { DomainError, assertNever, hasRole } from '../kernel';
import type { RequestTicketsResend, TicketMailCommand } from './ticket-mail.commands';
import type { TicketMailEvent } from './ticket-mail.events';
import type { TicketMailState } from './ticket-mail.state';

/** A second resend within this time is accepted and does nothing: one mail a minute at most. */
export const RESEND_INTERVAL_MS = 60_000;

export function decideTicketMail(command: TicketMailCommand, state: TicketMailState): TicketMailEvent[] {
  switch (command.type) {
    case 'RequestTicketsResend':
      return requestResend(command, state);
    default:
      return assertNever(command.type);
  }
}

/** When the next resend will mail again (the instant itself, ISO), given the state. */
export function nextResendAt(state: TicketMailState): string | undefined {
  return state.lastRequestedAt
    ? new Date(Date.parse(state.lastRequestedAt) + RESEND_INTERVAL_MS).toISOString()
    : undefined;
}

function requestResend({ data, metadata }: RequestTicketsResend, state: TicketMailState): TicketMailEvent[] {
  const { actor, now } = metadata;
  const mayAsk = actor.userId === data.buyerId || actor.userId === data.organizerId || hasRole(actor, 'admin');
  // Like GET /api/bookings/{id}: a booking the caller may not manage reads as none at all.
  if (data.bookingStatus === 'none' || !mayAsk)
    throw DomainError.notFound('booking.not-found', `No booking ${data.bookingId}`);
  if (data.bookingStatus !== 'confirmed')
    throw DomainError.conflict(
      'booking.not-confirmed',
      `Booking ${data.bookingId} is ${data.bookingStatus}: it has no tickets`,
    );
  const next = nextResendAt(state);
  if (next && now.getTime() < Date.parse(next)) return []; // mailed within the minute: deduplicated
  return [
    {
      type: 'TicketsResendRequested',
      data: {
        bookingId: data.bookingId,
        eventId: data.eventId,
        requestedBy: actor.userId,
        requestedAt: now.toISOString(),
      },
    },
  ];
}
