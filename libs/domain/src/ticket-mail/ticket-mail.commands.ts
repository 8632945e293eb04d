import type { DomainCommand } from '../kernel';

/**
 * Mail a booking's tickets again. The handler reads the booking and its event from their streams
 * and passes what the rule needs: who bought it, who organizes the event, its status.
 */
export type RequestTicketsResend = DomainCommand<
  'RequestTicketsResend',
  {
    bookingId: string;
    eventId: string;
    /** 'none' when there is no such booking. */
    bookingStatus: 'none' | 'pending-payment' | 'confirmed' | 'expired' | 'cancelled';
    buyerId: string;
    organizerId: string;
  }
>;

export type TicketMailCommand = RequestTicketsResend;
