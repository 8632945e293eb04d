export * from './ticket-mail.events';
export * from './ticket-mail.commands';
export * from './ticket-mail.decider';
export { RESEND_INTERVAL_MS, nextResendAt } from './ticket-mail.decide';
export { type TicketMailState, initialTicketMailState } from './ticket-mail.state';
export * from './ticket-mail.streams';
export * from './ticket-mail.context';
