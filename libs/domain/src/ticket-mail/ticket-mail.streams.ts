export const TICKET_MAIL_CATEGORY = 'ticket-mail';
/** One stream per booking: the resends asked for. */
export const ticketMailStream = (bookingId: string) => `${TICKET_MAIL_CATEGORY}-${bookingId}`;
