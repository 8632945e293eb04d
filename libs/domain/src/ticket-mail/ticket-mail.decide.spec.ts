import { type Actor, scenario } from '../kernel';
import type { RequestTicketsResend } from './ticket-mail.commands';
import { ticketMailDecider } from './ticket-mail.decider';
import type { TicketMailEvent } from './ticket-mail.events';

const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const buyer: Actor = { userId: 'alice', roles: ['attendee'] };
const organizer: Actor = { userId: 'olga', roles: ['organizer'] };
const otherOrganizer: Actor = { userId: 'oscar', roles: ['organizer'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };

const resend = (
  actor: Actor,
  second = 0,
  bookingStatus: RequestTicketsResend['data']['bookingStatus'] = 'confirmed',
): RequestTicketsResend => ({
  type: 'RequestTicketsResend',
  data: { bookingId: 'b1', eventId: 'e1', bookingStatus, buyerId: 'alice', organizerId: 'olga' },
  metadata: { now: at(second), actor },
});
const requested = (by: string, second: number): TicketMailEvent => ({
  type: 'TicketsResendRequested',
  data: { bookingId: 'b1', eventId: 'e1', requestedBy: by, requestedAt: at(second).toISOString() },
});

describe('ticket-mail decider', () => {
  const given = scenario(ticketMailDecider).given;

  it('records a resend by the buyer, the organizer or an admin', () => {
    given([])
      .when(resend(buyer))
      .then([requested('alice', 0)]);
    given([])
      .when(resend(organizer, 5))
      .then([requested('olga', 5)]);
    given([])
      .when(resend(admin, 7))
      .then([requested('root', 7)]);
  });

  it('does nothing for a second resend within the minute, and mails again after it', () => {
    given([requested('alice', 0)])
      .when(resend(organizer, 59))
      .then([]);
    given([requested('alice', 0)])
      .when(resend(buyer, 60))
      .then([requested('alice', 60)]);
  });

  it('answers another organizer and an unknown booking as not found', () => {
    given([]).when(resend(otherOrganizer)).thenFails('booking.not-found');
    given([])
      .when(resend(admin, 0, 'none'))
      .thenFails('booking.not-found');
  });

  it('refuses a booking without tickets', () => {
    for (const status of ['pending-payment', 'expired', 'cancelled'] as const)
      given([])
        .when(resend(buyer, 0, status))
        .thenFails('booking.not-confirmed');
  });
});
