import type { TicketMailEvent } from './ticket-mail.events';

export type TicketMailState = Readonly<{ lastRequestedAt?: string; resends: number }>;

export const initialTicketMailState = (): TicketMailState => ({ resends: 0 });

export function evolveTicketMail(state: TicketMailState, event: TicketMailEvent): TicketMailState {
  switch (event.type) {
    case 'TicketsResendRequested':
      return { lastRequestedAt: event.data.requestedAt, resends: state.resends + 1 };
  }
}
