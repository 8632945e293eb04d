import { type Actor, money, scenario } from '../kernel';
import type { BookingCommand } from './booking.commands';
import { bookingDecider } from './booking.decider';
import type { BookingEvent, BookingHold, BookingPlaced, BookingTicket } from './booking.events';

const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const bob: Actor = { userId: 'bob', roles: ['attendee'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };
const system: Actor = { userId: 'system:booking-payments', roles: [] };

const bookingId = 'b1';
const eventId = 'e1';
const holds: BookingHold[] = [
  { holdId: 'h1', sectionId: 'stalls', quantity: 1 },
  { holdId: 'h2', quantity: 1 },
];
const ticket = (ticketId: string, holdId: string, amount: number): BookingTicket => ({
  ticketId,
  holdId,
  tierId: 'standard',
  tierName: 'Standard',
  price: money(amount, 'EUR'),
});
const paid = [ticket('t1', 'h1', 2500), ticket('t2', 'h2', 1500)];

const cmd = <C extends BookingCommand>(type: C['type'], data: C['data'], second = 0, actor = alice): C =>
  ({ type, data, metadata: { now: at(second), actor } }) as C;
const place = (tickets = paid, extra: Partial<BookingPlaced['data']> = {}) =>
  cmd('PlaceBooking', {
    bookingId,
    eventId,
    buyerName: 'Alice',
    buyerEmail: 'alice@example.com',
    holds,
    tickets,
    paymentDeadline: iso(900),
    ...extra,
  });
const placed = (tickets = paid, total = 4000): BookingPlaced => ({
  type: 'BookingPlaced',
  data: {
    bookingId,
    eventId,
    buyerId: 'alice',
    buyerName: 'Alice',
    buyerEmail: 'alice@example.com',
    holds,
    tickets,
    total: money(total, 'EUR'),
    paymentDeadline: iso(900),
  },
});
const started = (paymentId = 'p1'): BookingEvent => ({
  type: 'BookingPaymentStarted',
  data: { bookingId, paymentId, amount: money(4000, 'EUR') },
});
const confirmedBy = (paymentId: string): BookingEvent => ({
  type: 'BookingConfirmed',
  data: { bookingId, eventId, buyerId: 'alice', holds, ticketIds: ['t1', 't2'], paymentId, reason: 'paid' },
});
const expired: BookingEvent = {
  type: 'BookingExpired',
  data: { bookingId, eventId, buyerId: 'alice', holds, reason: 'Not paid by the payment deadline' },
};
const startPayment = (paymentId = 'p1', second = 0, actor = alice) =>
  cmd('StartPayment', { bookingId, paymentId }, second, actor);
const settle = (paymentId = 'p1', amount = 4000, second = 0) =>
  cmd('SettlePayment', { bookingId, paymentId, amount: money(amount, 'EUR') }, second, system);
const refund = (paymentId: string, reason: string, amount = 4000): BookingEvent => ({
  type: 'RefundRequested',
  data: { bookingId, buyerId: 'alice', paymentId, amount: money(amount, 'EUR'), reason },
});

const given = scenario(bookingDecider).given;

describe('PlaceBooking', () => {
  it('records the checkout, pending payment, with the total of the catalog prices', () => {
    given([]).when(place()).then([placed()]);
  });

  it('confirms a free booking at once', () => {
    const free = [ticket('t1', 'h1', 0), ticket('t2', 'h2', 0)];
    given([])
      .when(place(free))
      .then([
        placed(free, 0),
        {
          type: 'BookingConfirmed',
          data: { bookingId, eventId, buyerId: 'alice', holds, ticketIds: ['t1', 't2'], reason: 'free' },
        },
      ]);
  });

  it('keeps attendee names, one per ticket', () => {
    const names = ['Ada', ''];
    given([])
      .when(place(paid, { attendeeNames: names }))
      .then([{ ...placed(), data: { ...placed().data, attendeeNames: names } }]);
    given([])
      .when(place(paid, { attendeeNames: ['Ada'] }))
      .thenFails('booking.bad-attendees');
  });

  it('keeps attendee e-mails, one per ticket, when any was given', () => {
    const emails = ['ada@example.com', ''];
    given([])
      .when(place(paid, { attendeeEmails: emails }))
      .then([{ ...placed(), data: { ...placed().data, attendeeEmails: emails } }]);
    given([])
      .when(place(paid, { attendeeEmails: ['', ''] }))
      .then([placed()]);
    given([])
      .when(place(paid, { attendeeEmails: ['ada@example.com'] }))
      .thenFails('booking.bad-attendees');
    given([])
      .when(place(paid, { attendeeEmails: ['not an address', ''] }))
      .thenFails('booking.bad-attendees');
  });

  it("records the group price when the tickets' group discounts add up to it, and refuses it otherwise", () => {
    const grouped = [
      { ...ticket('t1', 'h1', 2250), groupDiscount: money(250, 'EUR') },
      { ...ticket('t2', 'h2', 1350), groupDiscount: money(150, 'EUR') },
    ];
    const group = { minTickets: 2, percentOff: 10, discount: money(400, 'EUR') };
    given([])
      .when(place(grouped, { group }))
      .then([{ ...placed(grouped, 3600), data: { ...placed(grouped, 3600).data, group } }]);
    given([])
      .when(place(grouped, { group: { ...group, discount: money(300, 'EUR') } }))
      .thenFails('booking.bad-price');
    given([]).when(place(grouped)).thenFails('booking.bad-price');
    given([])
      .when(place(grouped, { group: { ...group, minTickets: 3 } }))
      .thenFails('booking.bad-price');
  });

  it('refuses a second placement, tickets that do not match the holds, mixed currencies, a past deadline, no buyer', () => {
    given([placed()]).when(place()).thenFails('booking.exists');
    given([])
      .when(place([paid[0]]))
      .thenFails('booking.bad-tickets');
    given([])
      .when(place([paid[0], paid[0]]))
      .thenFails('booking.bad-tickets');
    given([])
      .when(place([paid[0], { ...paid[1], price: money(100, 'USD') }]))
      .thenFails('booking.bad-price');
    given([])
      .when(place(paid, { paymentDeadline: iso(0) }))
      .thenFails('booking.bad-deadline');
    given([])
      .when(place(paid, { buyerName: '  ' }))
      .thenFails('booking.bad-buyer');
    given([])
      .when(place(paid, { buyerEmail: 'nobody' }))
      .thenFails('booking.bad-buyer');
  });
});

describe('StartPayment', () => {
  it('starts one payment of a pending booking for its total', () => {
    given([placed()]).when(startPayment()).then([started()]);
    given([placed(), started()]).when(startPayment()).then([]); // the same payment again
  });

  it('refuses a second payment while one is under way, and any after confirmation', () => {
    given([placed(), started('p1')])
      .when(startPayment('p2'))
      .thenFails('booking.payment-in-progress');
    given([placed(), started('p1'), confirmedBy('p1')])
      .when(startPayment('p2'))
      .thenFails('booking.not-payable');
  });

  it('allows another try after a decline', () => {
    const declined: BookingEvent = {
      type: 'BookingPaymentDeclined',
      data: { bookingId, paymentId: 'p1', reason: 'card_declined' },
    };
    given([placed(), started('p1'), declined])
      .when(startPayment('p2'))
      .then([started('p2')]);
  });

  it('refuses after the deadline, on an expired booking, and for another person (404)', () => {
    given([placed()]).when(startPayment('p1', 900)).thenFails('booking.payment-deadline-passed');
    given([placed(), expired]).when(startPayment()).thenFails('booking.not-payable');
    const error = given([placed()])
      .when(startPayment('p1', 0, bob))
      .thenFails('booking.not-found');
    expect(error.kind).toBe('not-found');
    given([]).when(startPayment()).thenFails('booking.not-found');
    given([placed()])
      .when(startPayment('p1', 0, admin))
      .then([started()]);
  });
});

describe('RecordPaymentDeclined', () => {
  it('records the decline of the payment under way only', () => {
    const declined: BookingEvent = {
      type: 'BookingPaymentDeclined',
      data: { bookingId, paymentId: 'p1', reason: 'card_declined' },
    };
    const decline = (paymentId: string) =>
      cmd('RecordPaymentDeclined', { bookingId, paymentId, reason: 'card_declined' }, 0, system);
    given([placed(), started('p1')])
      .when(decline('p1'))
      .then([declined]);
    given([placed(), started('p1'), declined])
      .when(decline('p1'))
      .then([]);
    given([placed(), started('p2')])
      .when(decline('p1'))
      .then([]);
  });
});

describe('SettlePayment', () => {
  it('confirms a pending booking, issuing its tickets', () => {
    given([placed(), started('p1')])
      .when(settle('p1'))
      .then([confirmedBy('p1')]);
  });

  it('confirms a booking paid after its deadline while it is still pending (its seats are still its own)', () => {
    given([placed(), started('p1')])
      .when(settle('p1', 4000, 5000))
      .then([confirmedBy('p1')]);
  });

  it('changes nothing when the same payment is settled again (no second confirmation)', () => {
    given([placed(), started('p1'), confirmedBy('p1')])
      .when(settle('p1'))
      .then([]);
  });

  it('asks for the money back for a second payment of a confirmed booking', () => {
    given([placed(), started('p1'), confirmedBy('p1')])
      .when(settle('p2'))
      .then([refund('p2', 'The booking was already paid')]);
  });

  it('asks for the money back for a payment that arrives after expiry (never a second owner)', () => {
    given([placed(), started('p1'), expired])
      .when(settle('p1'))
      .then([refund('p1', 'The booking was expired before the payment arrived')]);
    given([placed(), started('p1'), expired, refund('p1', 'late')])
      .when(settle('p1'))
      .then([]);
  });

  it('asks for the money back for a payment of another amount', () => {
    given([placed(), started('p1')])
      .when(settle('p1', 100))
      .then([refund('p1', 'The payment (100 EUR) does not match the total', 100)]);
  });
});

describe('ExpireBooking', () => {
  const expire = (second: number) => cmd('ExpireBooking', { bookingId }, second, system);

  it('expires an unpaid booking at its deadline', () => {
    given([placed()]).when(expire(900)).then([expired]);
    given([placed(), started('p1')])
      .when(expire(900))
      .then([expired]); // a payment under way does not stop the clock
  });

  it('does nothing before the deadline, to a confirmed booking, or twice', () => {
    given([placed()]).when(expire(899)).then([]);
    given([placed(), started('p1'), confirmedBy('p1')])
      .when(expire(5000))
      .then([]);
    given([placed(), expired]).when(expire(5000)).then([]);
    given([]).when(expire(5000)).then([]);
  });
});

describe('CancelBooking', () => {
  const cancel = cmd('CancelBooking', { bookingId, reason: 'Storm' }, 0, system);
  const cancelled: BookingEvent = {
    type: 'BookingCancelled',
    data: {
      bookingId,
      eventId,
      buyerId: 'alice',
      holds,
      reason: 'Storm',
      by: 'platform',
      tickets: [
        { ticketId: 't1', holdId: 'h1' },
        { ticketId: 't2', holdId: 'h2' },
      ],
    },
  };
  const stormRefund: BookingEvent = {
    type: 'RefundRequested',
    data: {
      bookingId,
      buyerId: 'alice',
      paymentId: 'p1',
      amount: money(4000, 'EUR'),
      reason: 'Storm',
      ticketIds: ['t1', 't2'],
    },
  };

  it('cancels a pending booking', () => {
    given([placed()]).when(cancel).then([cancelled]);
  });

  it('cancels a paid booking whose seats were taken away, with a refund request', () => {
    given([placed(), started('p1'), confirmedBy('p1')])
      .when(cancel)
      .then([cancelled, stormRefund]);
  });

  it('does nothing to an ended booking', () => {
    given([placed(), expired]).when(cancel).then([]);
    given([placed(), cancelled]).when(cancel).then([]);
  });
});
