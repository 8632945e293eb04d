import { type Actor, money, scenario } from '../kernel';
import type { RefundPolicy } from '../catalog';
import type { CancellationTerms } from './booking.cancellation';
import { quoteCancellation } from './booking.cancellation';
import type { BookingCommand } from './booking.commands';
import { bookingDecider } from './booking.decider';
import type { BookingEvent, BookingHold, BookingTicket, CancelledTicket } from './booking.events';

const HOUR = 3600;
const DAY = 24 * HOUR;
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const START = T0 + 30 * DAY * 1000;
const at = (seconds: number) => new Date(T0 + seconds * 1000);
/** `seconds` before the event starts. */
const before = (seconds: number) => new Date(START - seconds * 1000);
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const bob: Actor = { userId: 'bob', roles: ['attendee'] };
const olga: Actor = { userId: 'olga', roles: ['organizer'] };
const otherOrganizer: Actor = { userId: 'oscar', roles: ['organizer'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };

const bookingId = 'b1';
const eventId = 'e1';
const holds: BookingHold[] = [
  { holdId: 'h1', sectionId: 'stalls', quantity: 2 },
  { holdId: 'h2', quantity: 1 },
];
const ticket = (ticketId: string, holdId: string, amount: number, seatId?: string): BookingTicket => ({
  ticketId,
  holdId,
  ...(holdId === 'h1' ? { sectionId: 'stalls' } : {}),
  ...(seatId ? { seatId } : {}),
  tierId: 'standard',
  tierName: 'Standard',
  price: money(amount, 'EUR'),
});
const tickets = [
  ticket('t1', 'h1', 2500, 'stalls:A:1'),
  ticket('t2', 'h1', 2500, 'stalls:A:2'),
  ticket('t3', 'h2', 1001),
];
const ref = (t: BookingTicket): CancelledTicket => ({
  ticketId: t.ticketId,
  holdId: t.holdId,
  ...(t.sectionId ? { sectionId: t.sectionId } : {}),
  ...(t.seatId ? { seatId: t.seatId } : {}),
});
const terms = (refundPolicy?: RefundPolicy): CancellationTerms => ({
  ...(refundPolicy ? { refundPolicy } : {}),
  startsAt: new Date(START).toISOString(),
  organizerId: 'olga',
});

const placed = (list = tickets): BookingEvent => ({
  type: 'BookingPlaced',
  data: {
    bookingId,
    eventId,
    buyerId: 'alice',
    buyerName: 'Alice',
    buyerEmail: 'alice@example.com',
    holds,
    tickets: list,
    total: money(
      list.reduce((n, t) => n + t.price.amount, 0),
      'EUR',
    ),
    paymentDeadline: at(900).toISOString(),
  },
});
const paidBy = (paymentId = 'p1'): BookingEvent[] => [
  { type: 'BookingPaymentStarted', data: { bookingId, paymentId, amount: money(6001, 'EUR') } },
  {
    type: 'BookingConfirmed',
    data: { bookingId, eventId, buyerId: 'alice', holds, ticketIds: ['t1', 't2', 't3'], paymentId, reason: 'paid' },
  },
];
const confirmedFree: BookingEvent = {
  type: 'BookingConfirmed',
  data: { bookingId, eventId, buyerId: 'alice', holds, ticketIds: ['t1', 't2', 't3'], reason: 'free' },
};
const paid = () => [placed(), ...paidBy()];

const cancelBooking = (now: Date, actor = alice, policy: RefundPolicy = 'any-time', reason = '') =>
  ({
    type: 'CancelBooking',
    data: { bookingId, reason, terms: terms(policy) },
    metadata: { now, actor },
  }) as BookingCommand;
const cancelTickets = (ticketIds: string[], now: Date, actor = alice, policy: RefundPolicy = 'any-time') =>
  ({
    type: 'CancelTickets',
    data: { bookingId, ticketIds, reason: '', terms: terms(policy) },
    metadata: { now, actor },
  }) as BookingCommand;

const cancelled = (by: string, list = tickets, reason = 'Cancelled by the buyer'): BookingEvent =>
  ({
    type: 'BookingCancelled',
    data: { bookingId, eventId, buyerId: 'alice', holds, reason, by, tickets: list.map(ref) },
  }) as BookingEvent;
const refund = (amount: number, list = tickets, reason = 'Cancelled by the buyer'): BookingEvent => ({
  type: 'RefundRequested',
  data: {
    bookingId,
    buyerId: 'alice',
    paymentId: 'p1',
    amount: money(amount, 'EUR'),
    reason,
    ticketIds: list.map((t) => t.ticketId),
  },
});

const given = scenario(bookingDecider).given;

describe('the refund policies (quoteCancellation)', () => {
  const prices = [money(2500, 'EUR'), money(1001, 'EUR')];
  const quote = (policy: RefundPolicy | undefined, now: Date) =>
    quoteCancellation('buyer', terms(policy), prices, 'EUR', now);

  it.each<[RefundPolicy, number, number, number | false]>([
    ['any-time', 1, 100, 3501],
    ['any-time', 0, 0, false], // at the start: closed
    ['until-24h-before', DAY + 1, 100, 3501],
    ['until-24h-before', DAY, 0, false], // exactly 24 h before: closed
    ['until-7d-before', 7 * DAY + 1, 100, 3501],
    ['until-7d-before', 7 * DAY, 0, false],
    ['partial-by-date', 7 * DAY + 1, 100, 3501],
    ['partial-by-date', 7 * DAY, 50, 1750], // exactly 7 days before: half, rounded down (1750.5)
    ['partial-by-date', DAY + 1, 50, 1750],
    ['partial-by-date', DAY, 0, false],
    ['no-refunds', 30 * DAY, 0, false],
  ])('%s, %i s before the start: %i %% (%s)', (policy, secondsBefore, percent, amount) => {
    const answer = quote(policy, before(secondsBefore));
    if (amount === false) {
      expect(answer.allowed).toBe(false);
    } else {
      expect(answer).toMatchObject({ allowed: true, percent, refund: money(amount, 'EUR') });
    }
  });

  it('says until when: the next step down, or when cancelling closed', () => {
    expect(quote('partial-by-date', before(10 * DAY))).toMatchObject({
      until: new Date(START - 7 * DAY * 1000).toISOString(),
    });
    const closed = quote('until-24h-before', before(HOUR));
    expect(closed).toMatchObject({ allowed: false, until: new Date(START - DAY * 1000).toISOString() });
    expect(!closed.allowed && closed.reason).toContain(new Date(START - DAY * 1000).toISOString());
  });

  it('reads an unset policy as no refunds', () => {
    expect(quote(undefined, at(0)).allowed).toBe(false);
  });

  it('gives the organizer and admins a full refund at any time, even after the start', () => {
    for (const by of ['organizer', 'admin'] as const) {
      expect(quoteCancellation(by, terms('no-refunds'), prices, 'EUR', before(-DAY))).toEqual({
        allowed: true,
        percent: 100,
        refund: money(3501, 'EUR'),
      });
    }
  });
});

describe('CancelBooking by a person', () => {
  it('the buyer cancels a paid booking within the policy: cancelled, the whole price requested back', () => {
    given(paid())
      .when(cancelBooking(before(2 * DAY), alice, 'until-24h-before'))
      .then([cancelled('buyer'), refund(6001)]);
  });

  it('partial by date: half back between 7 days and 24 hours before', () => {
    given(paid())
      .when(cancelBooking(before(3 * DAY), alice, 'partial-by-date'))
      .then([cancelled('buyer'), refund(3000)]);
  });

  it('refuses the buyer outside the policy (409 booking.cancellation-closed), and with no refunds', () => {
    given(paid())
      .when(cancelBooking(before(DAY), alice, 'until-24h-before'))
      .thenFails('booking.cancellation-closed');
    given(paid())
      .when(cancelBooking(before(7 * DAY), alice, 'until-7d-before'))
      .thenFails('booking.cancellation-closed');
    given(paid())
      .when(cancelBooking(before(-1), alice, 'any-time'))
      .thenFails('booking.cancellation-closed');
    given(paid())
      .when(cancelBooking(at(0), alice, 'no-refunds'))
      .thenFails('booking.cancellation-closed');
  });

  it("the event's organizer and admins cancel any time, in full, after the start and with no refunds", () => {
    const reason = "Cancelled by the event's organizer";
    given(paid())
      .when(cancelBooking(before(-HOUR), olga, 'no-refunds'))
      .then([cancelled('organizer', tickets, reason), refund(6001, tickets, reason)]);
    given(paid())
      .when(cancelBooking(before(-HOUR), admin, 'no-refunds', 'Fraud'))
      .then([cancelled('admin', tickets, 'Fraud'), refund(6001, tickets, 'Fraud')]);
  });

  it("reads another person's booking, or another organizer's event, as unknown", () => {
    given(paid())
      .when(cancelBooking(at(0), bob))
      .thenFails('booking.not-found');
    given(paid())
      .when(cancelBooking(at(0), otherOrganizer))
      .thenFails('booking.not-found');
    given([])
      .when(cancelBooking(at(0)))
      .thenFails('booking.not-found');
  });

  it('a free booking is cancelled with no refund request', () => {
    const free = tickets.map((t) => ({ ...t, price: money(0, 'EUR') }));
    given([placed(free), confirmedFree])
      .when(cancelBooking(at(0)))
      .then([cancelled('buyer', free)]);
  });

  it('a pending booking is an abandoned checkout: cancelled at once whatever the policy, nothing refunded', () => {
    given([placed()])
      .when(cancelBooking(at(0), alice, 'no-refunds'))
      .then([cancelled('buyer')]);
  });

  it('refuses an ended booking (409 booking.not-cancellable): cancelling twice, or an expired one', () => {
    given([...paid(), cancelled('buyer'), refund(6001)])
      .when(cancelBooking(at(0)))
      .thenFails('booking.not-cancellable');
    const expired: BookingEvent = {
      type: 'BookingExpired',
      data: { bookingId, eventId, buyerId: 'alice', holds, reason: 'late' },
    };
    given([placed(), expired])
      .when(cancelBooking(at(0)))
      .thenFails('booking.not-cancellable');
  });

  it('cancels only the tickets still valid, refunding only those', () => {
    const partial: BookingEvent = {
      type: 'TicketsCancelled',
      data: { bookingId, eventId, buyerId: 'alice', tickets: [ref(tickets[0])], reason: 'x', by: 'buyer' },
    };
    given([...paid(), partial])
      .when(cancelBooking(at(0)))
      .then([cancelled('buyer', tickets.slice(1)), refund(3501, tickets.slice(1))]);
  });
});

describe('CancelTickets', () => {
  it('gives up some tickets: the booking stays confirmed, their share is requested back', () => {
    given(paid())
      .when(cancelTickets(['t1'], before(3 * DAY), alice, 'partial-by-date'))
      .then([
        {
          type: 'TicketsCancelled',
          data: {
            bookingId,
            eventId,
            buyerId: 'alice',
            tickets: [ref(tickets[0])],
            reason: 'Cancelled by the buyer',
            by: 'buyer',
          },
        },
        refund(1250, [tickets[0]]),
      ]);
  });

  it('giving up every valid ticket cancels the booking', () => {
    const first: BookingEvent = {
      type: 'TicketsCancelled',
      data: { bookingId, eventId, buyerId: 'alice', tickets: [ref(tickets[0])], reason: 'x', by: 'buyer' },
    };
    given([...paid(), first])
      .when(cancelTickets(['t2', 't3'], at(0)))
      .then([cancelled('buyer', tickets.slice(1)), refund(3501, tickets.slice(1))]);
  });

  it('refuses a ticket cancelled before (409), an unknown one (422), none (422), and a pending booking (409)', () => {
    const first: BookingEvent = {
      type: 'TicketsCancelled',
      data: { bookingId, eventId, buyerId: 'alice', tickets: [ref(tickets[0])], reason: 'x', by: 'buyer' },
    };
    given([...paid(), first])
      .when(cancelTickets(['t1'], at(0)))
      .thenFails('booking.ticket-cancelled');
    given(paid())
      .when(cancelTickets(['t9'], at(0)))
      .thenFails('booking.unknown-ticket');
    given(paid())
      .when(cancelTickets([], at(0)))
      .thenFails('booking.bad-tickets');
    given([placed()])
      .when(cancelTickets(['t1'], at(0)))
      .thenFails('booking.not-cancellable');
  });

  it('refuses the buyer outside the policy, and another person', () => {
    given(paid())
      .when(cancelTickets(['t1'], before(HOUR), alice, 'until-24h-before'))
      .thenFails('booking.cancellation-closed');
    given(paid())
      .when(cancelTickets(['t1'], at(0), bob))
      .thenFails('booking.not-found');
  });

  it('a payment settled after a cancellation of a pending booking is refunded in full', () => {
    given([placed(), paidBy()[0], cancelled('buyer')])
      .when({
        type: 'SettlePayment',
        data: { bookingId, paymentId: 'p1', amount: money(6001, 'EUR') },
        metadata: { now: at(1), actor: { userId: 'system:booking-payments', roles: [] } },
      })
      .then([
        {
          type: 'RefundRequested',
          data: {
            bookingId,
            buyerId: 'alice',
            paymentId: 'p1',
            amount: money(6001, 'EUR'),
            reason: 'The booking was cancelled before the payment arrived',
          },
        },
      ]);
  });
});
