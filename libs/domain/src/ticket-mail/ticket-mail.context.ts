import { boundedContext, streamModel } from '../kernel';
import { ticketMailDecider } from './ticket-mail.decider';
import { ticketMailSchema } from './ticket-mail.events';
import { TICKET_MAIL_CATEGORY } from './ticket-mail.streams';

/** Resends of a booking's tickets by mail: one stream per booking. */
export const ticketMailModel = streamModel(TICKET_MAIL_CATEGORY, ticketMailDecider, ticketMailSchema);

export const ticketMailContext = boundedContext('ticket-mail', [ticketMailModel]);
