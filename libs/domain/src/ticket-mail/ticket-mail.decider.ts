import type { Decider } from '../kernel';
import type { TicketMailCommand } from './ticket-mail.commands';
import { decideTicketMail } from './ticket-mail.decide';
import type { TicketMailEvent } from './ticket-mail.events';
import { type TicketMailState, evolveTicketMail, initialTicketMailState } from './ticket-mail.state';

export const ticketMailDecider: Decider<TicketMailState, TicketMailCommand, TicketMailEvent> = {
  initialState: initialTicketMailState,
  decide: decideTicketMail,
  evolve: evolveTicketMail,
};
