import type { RecordedEvent } from '@booking/event-store';
import { type BookingDoc, bookingsProjection } from './bookings.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    data: { bookingId: 'b1', ...data },
    metadata: { occurredAt: `2030-01-01T00:00:${String(position).padStart(2, '0')}.000Z` },
    stream: 'booking-b1',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

/** Folds events one document per booking (the runner sets `_position` after each). */
function project(events: RecordedEvent[], docs = new Map<string, BookingDoc>()): Map<string, BookingDoc> {
  for (const event of events) {
    const key = bookingsProjection.keyOf(event)!;
    const next = bookingsProjection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as BookingDoc);
  }
  return docs;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const tickets = [
  {
    ticketId: 't1',
    holdId: 'h1',
    sectionId: 'stalls',
    seatId: 'stalls:A:1',
    tierId: 'std',
    tierName: 'Std',
    price: eur(2500),
  },
  {
    ticketId: 't2',
    holdId: 'h1',
    sectionId: 'stalls',
    seatId: 'stalls:A:2',
    tierId: 'std',
    tierName: 'Std',
    price: eur(2500),
  },
];
const placed = () =>
  recorded('BookingPlaced', {
    eventId: 'e1',
    buyerId: 'alice',
    buyerName: 'Alice',
    buyerEmail: 'alice@example.com',
    attendeeNames: ['Ada', ''],
    holds: [{ holdId: 'h1', sectionId: 'stalls', quantity: 2 }],
    tickets,
    total: eur(5000),
    paymentDeadline: '2030-01-01T00:15:00.000Z',
  });

describe('bookings projection', () => {
  it('follows a booking from checkout through a declined and a successful payment to confirmation', () => {
    const docs = project([
      placed(),
      recorded('BookingPaymentStarted', { paymentId: 'p1', amount: eur(5000) }),
      recorded('PaymentFailed', { paymentId: 'p1', amount: eur(5000), provider: 'test-mode', reason: 'card_declined' }),
      recorded('BookingPaymentDeclined', { paymentId: 'p1', reason: 'card_declined' }),
      recorded('BookingPaymentStarted', { paymentId: 'p2', amount: eur(5000) }),
      recorded('PaymentSucceeded', { paymentId: 'p2', amount: eur(5000), provider: 'test-mode', reference: 'r' }),
      recorded('BookingConfirmed', {
        eventId: 'e1',
        buyerId: 'alice',
        holds: [],
        ticketIds: ['t1', 't2'],
        paymentId: 'p2',
        reason: 'paid',
      }),
    ]);
    const doc = docs.get('b1')!;
    expect(doc).toMatchObject({
      buyerId: 'alice',
      buyerName: 'Alice',
      status: 'confirmed',
      total: eur(5000),
      payments: [
        { paymentId: 'p1', status: 'declined', declineReason: 'card_declined' },
        { paymentId: 'p2', status: 'succeeded' },
      ],
      refunds: [],
    });
    expect(doc.tickets.map((t) => t.attendeeName)).toEqual(['Ada', undefined]);
    expect(doc.confirmedAt).toBeDefined();
  });

  it('shows an expiry and the refund of a late payment', () => {
    const docs = project([
      placed(),
      recorded('BookingExpired', {
        eventId: 'e1',
        buyerId: 'alice',
        holds: [],
        reason: 'Not paid by the payment deadline',
      }),
      recorded('RefundRequested', { buyerId: 'alice', paymentId: 'p1', amount: eur(5000), reason: 'late' }),
    ]);
    expect(docs.get('b1')).toMatchObject({
      status: 'expired',
      statusReason: 'Not paid by the payment deadline',
      refunds: [{ paymentId: 'p1', amount: eur(5000), reason: 'late' }],
    });
  });

  it('shows cancelled tickets, then the cancelled booking, who cancelled it and each refund requested', () => {
    const confirmed = recorded('BookingConfirmed', {
      eventId: 'e1',
      buyerId: 'alice',
      holds: [],
      ticketIds: ['t1', 't2'],
      paymentId: 'p1',
      reason: 'paid',
    });
    const docs = project([
      placed(),
      confirmed,
      recorded('TicketsCancelled', {
        eventId: 'e1',
        buyerId: 'alice',
        tickets: [{ ticketId: 't1', holdId: 'h1', sectionId: 'stalls', seatId: 'stalls:A:1' }],
        reason: 'Ada is ill',
        by: 'buyer',
      }),
      recorded('RefundRequested', {
        buyerId: 'alice',
        paymentId: 'p1',
        amount: eur(1250),
        reason: 'Ada is ill',
        ticketIds: ['t1'],
      }),
    ]);
    const partial = docs.get('b1')!;
    expect(partial.status).toBe('confirmed');
    expect(partial.tickets.map((t) => t.cancellationReason)).toEqual(['Ada is ill', undefined]);
    expect(partial.tickets[0].cancelledAt).toBeDefined();

    project(
      [
        recorded('BookingCancelled', {
          eventId: 'e1',
          buyerId: 'alice',
          holds: [],
          reason: 'Overbooked',
          by: 'organizer',
          tickets: [{ ticketId: 't2', holdId: 'h1' }],
        }),
        recorded('RefundRequested', { buyerId: 'alice', paymentId: 'p1', amount: eur(2500), reason: 'Overbooked' }),
      ],
      docs,
    );
    const doc = docs.get('b1')!;
    expect(doc).toMatchObject({ status: 'cancelled', statusReason: 'Overbooked', cancelledBy: 'organizer' });
    expect(doc.tickets.map((t) => t.cancellationReason)).toEqual(['Ada is ill', 'Overbooked']);
    expect(doc.refunds.map((r) => [r.amount.amount, r.status])).toEqual([
      [1250, 'requested'],
      [2500, 'requested'],
    ]);
  });

  it('reads an older BookingCancelled (no ticket list) as the platform voiding every ticket', () => {
    const doc = project([
      placed(),
      recorded('BookingCancelled', { eventId: 'e1', buyerId: 'alice', holds: [], reason: 'Storm' }),
    ]).get('b1')!;
    expect(doc.cancelledBy).toBe('platform');
    expect(doc.tickets.every((t) => t.cancellationReason === 'Storm')).toBe(true);
  });

  it('reads the attendee names of an erased buyer as none', () => {
    const erased = placed();
    (erased.data as Record<string, unknown>).attendeeNames = '[erased]';
    expect(
      project([erased])
        .get('b1')!
        .tickets.every((t) => t.attendeeName === undefined),
    ).toBe(true);
  });

  it('shows a transferred ticket with its new holder and code counter, and a reissue', () => {
    const doc = project([
      placed(),
      recorded('TicketTransferred', {
        eventId: 'e1',
        buyerId: 'alice',
        ticketId: 't2',
        toName: 'Bob',
        toEmail: 'bob@example.com',
        reissue: 1,
      }),
      recorded('TicketReissued', {
        eventId: 'e1',
        buyerId: 'alice',
        ticketId: 't1',
        reissue: 1,
        by: 'buyer',
        reason: 'lost',
      }),
    ]).get('b1')!;
    expect(doc.tickets[1]).toMatchObject({ attendeeName: 'Bob', holderEmail: 'bob@example.com', reissue: 1 });
    expect(doc.tickets[1]!.transferredAt).toBeDefined();
    expect(doc.tickets[0]).toMatchObject({ attendeeName: 'Ada', reissue: 1 });
    expect(doc.tickets[0]!.reissuedAt).toBeDefined();
    expect(doc.tickets[0]!.holderEmail).toBeUndefined();
  });

  it('shows an attempt waiting for 3-D Secure with its URL, then processing, and a canceled one as declined', () => {
    const ids = (paymentId: string) => ({ paymentId, intentId: `pi_${paymentId}` });
    const waiting = project([
      placed(),
      recorded('BookingPaymentStarted', { paymentId: 'p1', amount: eur(5000) }),
      recorded('PaymentIntentCreated', { ...ids('p1'), amount: eur(5000), provider: 'test-mode', idempotencyKey: 'k' }),
      recorded('PaymentActionRequired', { ...ids('p1'), nextActionUrl: '/3ds/pi_p1' }),
    ]);
    expect(waiting.get('b1')!.payments).toEqual([
      { paymentId: 'p1', amount: eur(5000), status: 'requires_action', nextActionUrl: '/3ds/pi_p1' },
    ]);
    project([recorded('PaymentProcessing', ids('p1'))], waiting);
    expect(waiting.get('b1')!.payments).toEqual([{ paymentId: 'p1', amount: eur(5000), status: 'processing' }]);

    const canceled = project([
      placed(),
      recorded('BookingPaymentStarted', { paymentId: 'p2', amount: eur(5000) }),
      recorded('PaymentActionRequired', { ...ids('p2'), nextActionUrl: '/3ds/pi_p2' }),
      recorded('PaymentCanceled', { ...ids('p2'), reason: 'abandoned' }),
      // Stale: an attempt that ended does not go back to waiting.
      recorded('PaymentProcessing', ids('p2')),
    ]);
    expect(canceled.get('b1')!.payments).toEqual([
      { paymentId: 'p2', amount: eur(5000), status: 'declined', declineReason: 'abandoned' },
    ]);
  });

  it('is idempotent when an event is applied twice', () => {
    const events = [
      placed(),
      recorded('TicketTransferred', { ticketId: 't2', toName: 'Bob', toEmail: 'bob@example.com', reissue: 1 }),
      recorded('BookingPaymentStarted', { paymentId: 'p1', amount: eur(5000) }),
      recorded('RefundRequested', { buyerId: 'alice', paymentId: 'p1', amount: eur(5000), reason: 'late' }),
    ];
    const once = project(events);
    const twice = new Map([...project(events)].map(([k, v]) => [k, { ...v }]));
    for (const event of events.slice(1)) {
      const doc = twice.get('b1')!;
      twice.set('b1', { ...bookingsProjection.evolve(doc, event)!, _position: doc._position } as BookingDoc);
    }
    expect(twice.get('b1')).toEqual(once.get('b1'));
  });
});
