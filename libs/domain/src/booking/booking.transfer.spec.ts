import { type Actor, money, scenario } from '../kernel';
import type { BookingCommand, TicketChangeTerms } from './booking.commands';
import { bookingDecider } from './booking.decider';
import type { BookingEvent, BookingHold, BookingTicket } from './booking.events';

const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const DAY = 86_400_000;
const START = new Date(T0 + 30 * DAY).toISOString();
const END = new Date(T0 + 30 * DAY + 3 * 3_600_000).toISOString();
const now = new Date(T0);
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const bob: Actor = { userId: 'bob', roles: ['attendee'] };
const olga: Actor = { userId: 'olga', roles: ['organizer'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };

const bookingId = 'b1';
const eventId = 'e1';
const holds: BookingHold[] = [{ holdId: 'h1', quantity: 2 }];
const ticket = (ticketId: string): BookingTicket => ({
  ticketId,
  holdId: 'h1',
  tierId: 'standard',
  tierName: 'Standard',
  price: money(0, 'EUR'),
});
const placed: BookingEvent = {
  type: 'BookingPlaced',
  data: {
    bookingId,
    eventId,
    buyerId: 'alice',
    buyerName: 'Alice',
    buyerEmail: 'Alice@Example.com',
    holds,
    tickets: [ticket('t1'), ticket('t2')],
    total: money(0, 'EUR'),
    paymentDeadline: new Date(T0 + 900_000).toISOString(),
  },
};
const confirmed: BookingEvent = {
  type: 'BookingConfirmed',
  data: { bookingId, eventId, buyerId: 'alice', holds, ticketIds: ['t1', 't2'], reason: 'free' },
};
const terms = (checkedIn = false): TicketChangeTerms => ({
  organizerId: 'olga',
  startsAt: START,
  endsAt: END,
  checkedIn,
});

const transfer = (
  toEmail: string,
  options: { actor?: Actor; at?: Date; checkedIn?: boolean; ticketId?: string } = {},
) =>
  ({
    type: 'TransferTicket',
    data: {
      bookingId,
      ticketId: options.ticketId ?? 't1',
      toName: ' Bob Builder ',
      toEmail,
      terms: terms(options.checkedIn),
    },
    metadata: { now: options.at ?? now, actor: options.actor ?? alice },
  }) as BookingCommand;
const reissue = (options: { actor?: Actor; at?: Date; ticketId?: string } = {}) =>
  ({
    type: 'ReissueTicket',
    data: { bookingId, ticketId: options.ticketId ?? 't1', reason: '', terms: terms() },
    metadata: { now: options.at ?? now, actor: options.actor ?? alice },
  }) as BookingCommand;

const transferred = (reissue: number, toEmail = 'bob@example.com'): BookingEvent => ({
  type: 'TicketTransferred',
  data: { bookingId, eventId, buyerId: 'alice', ticketId: 't1', toName: 'Bob Builder', toEmail, reissue },
});
const reissued = (reissue: number, by: 'buyer' | 'organizer' | 'admin', reason: string): BookingEvent => ({
  type: 'TicketReissued',
  data: { bookingId, eventId, buyerId: 'alice', ticketId: 't1', reissue, by, reason },
});

const given = scenario(bookingDecider).given;

describe('TransferTicket', () => {
  it('gives the ticket a new code for the new holder', () => {
    given([placed, confirmed])
      .when(transfer(' bob@example.com '))
      .then([transferred(1)]);
  });

  it('counts codes on: a second transfer revokes the first one’s code', () => {
    given([placed, confirmed, transferred(1)])
      .when(transfer('carol@example.com'))
      .then([transferred(2, 'carol@example.com')]);
  });

  it('refuses the address the ticket already has (the buyer’s, any case; then the new holder’s)', () => {
    given([placed, confirmed]).when(transfer('alice@EXAMPLE.com')).thenFails('booking.same-holder');
    given([placed, confirmed, transferred(1)])
      .when(transfer('BOB@example.com'))
      .thenFails('booking.same-holder');
  });

  it.each(['', 'bob', 'bob@', '@example.com', 'bob@example', 'bob smith@example.com', 'a@b@example.com'])(
    'refuses the address %j',
    (address) => {
      given([placed, confirmed]).when(transfer(address)).thenFails('booking.bad-holder-email');
    },
  );

  it('refuses an empty name', () => {
    const command = transfer('bob@example.com') as Extract<BookingCommand, { type: 'TransferTicket' }>;
    given([placed, confirmed])
      .when({ ...command, data: { ...command.data, toName: '  ' } })
      .thenFails('booking.bad-holder-name');
  });

  it('refuses a cancelled, a used or an unknown ticket', () => {
    const cancelled: BookingEvent = {
      type: 'TicketsCancelled',
      data: {
        bookingId,
        eventId,
        buyerId: 'alice',
        tickets: [{ ticketId: 't1', holdId: 'h1' }],
        reason: 'x',
        by: 'buyer',
      },
    };
    given([placed, confirmed, cancelled]).when(transfer('bob@example.com')).thenFails('booking.ticket-cancelled');
    given([placed, confirmed])
      .when(transfer('bob@example.com', { checkedIn: true }))
      .thenFails('booking.ticket-checked-in');
    given([placed, confirmed])
      .when(transfer('bob@example.com', { ticketId: 't9' }))
      .thenFails('booking.ticket-not-found');
  });

  it('refuses a booking not confirmed, and once the event has started', () => {
    given([placed]).when(transfer('bob@example.com')).thenFails('booking.not-confirmed');
    given([placed, confirmed])
      .when(transfer('bob@example.com', { at: new Date(START) }))
      .thenFails('booking.transfer-closed');
  });

  it('is the buyer’s: another attendee reads it as unknown, the organizer and admins may not give it away', () => {
    given([placed, confirmed])
      .when(transfer('bob@example.com', { actor: bob }))
      .thenFails('booking.not-found');
    given([placed, confirmed])
      .when(transfer('bob@example.com', { actor: olga }))
      .thenFails('booking.transfer-forbidden');
    given([placed, confirmed])
      .when(transfer('bob@example.com', { actor: admin }))
      .thenFails('booking.transfer-forbidden');
    given([]).when(transfer('bob@example.com')).thenFails('booking.not-found');
  });
});

describe('ReissueTicket', () => {
  it('gives the same holder a new code, by the buyer, the organizer or an admin', () => {
    given([placed, confirmed])
      .when(reissue())
      .then([reissued(1, 'buyer', 'Reissued by the buyer')]);
    given([placed, confirmed, transferred(1)])
      .when(reissue({ actor: olga }))
      .then([reissued(2, 'organizer', "Reissued by the event's organizer")]);
    given([placed, confirmed])
      .when(reissue({ actor: admin }))
      .then([reissued(1, 'admin', 'Reissued by an administrator')]);
  });

  it('is allowed during the event, not after it ended', () => {
    given([placed, confirmed])
      .when(reissue({ at: new Date(START) }))
      .then([reissued(1, 'buyer', 'Reissued by the buyer')]);
    given([placed, confirmed])
      .when(reissue({ at: new Date(END) }))
      .thenFails('booking.reissue-closed');
  });

  it('refuses anyone else', () => {
    given([placed, confirmed])
      .when(reissue({ actor: bob }))
      .thenFails('booking.not-found');
  });
});
