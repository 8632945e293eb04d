import { type DomainEvent, eventSchema } from '../kernel';

/**
 * Someone asked for a booking's tickets to be mailed again (the buyer, the event's organizer or
 * an admin). The confirmation mail process manager mails the buyer once per such event.
 */
export type TicketsResendRequested = DomainEvent<
  'TicketsResendRequested',
  { bookingId: string; eventId: string; requestedBy: string; requestedAt: string }
>;

export type TicketMailEvent = TicketsResendRequested;

export const ticketMailSchema = eventSchema<TicketMailEvent>({ TicketsResendRequested: 1 });
