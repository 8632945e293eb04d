import type { RecordedEvent } from '@booking/event-store';
import { type EventOrderDoc, eventOrdersProjection } from './event-orders.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>, bookingId = 'b1a2c3d4-0000-4000-8000-000000000001') =>
  ({
    id: `e${++position}`,
    type,
    data: { bookingId, ...data },
    metadata: { occurredAt: `2030-01-01T00:00:${String(position).padStart(2, '0')}.000Z` },
    stream: `booking-${bookingId}`,
    revision: position,
    position,
  }) as unknown as RecordedEvent;

/** Folds events one document per booking the way the runner does (position guard included). */
function project(events: RecordedEvent[], docs = new Map<string, EventOrderDoc>()): Map<string, EventOrderDoc> {
  for (const event of events) {
    if (!eventOrdersProjection.eventTypes.includes(event.type)) continue;
    const key = eventOrdersProjection.keyOf(event)!;
    const current = docs.get(key) ?? null;
    if (current && current._position >= Number(event.position)) continue;
    const next = eventOrdersProjection.evolve(current, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as EventOrderDoc);
  }
  return docs;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const placed = (attendeeNames: unknown = ['Ada', ''], bookingId?: string) =>
  recorded(
    'BookingPlaced',
    {
      eventId: 'e1',
      buyerId: 'alice',
      buyerName: 'Alice Smith',
      buyerEmail: 'Alice@Example.com',
      attendeeNames,
      holds: [{ holdId: 'h1', sectionId: 'stalls', quantity: 2 }],
      tickets: [
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
          tierId: 'vip',
          tierName: 'VIP',
          price: eur(4000),
        },
      ],
      total: eur(6500),
      paymentDeadline: '2030-01-01T00:15:00.000Z',
    },
    bookingId,
  );
const confirmed = () =>
  recorded('BookingConfirmed', { eventId: 'e1', buyerId: 'alice', holds: [], ticketIds: ['t1', 't2'], reason: 'paid' });

describe('event-orders projection', () => {
  it('keeps one order per booking with its tickets, number, search text and status times', () => {
    const log = [
      placed(),
      recorded('BookingPaymentStarted', { paymentId: 'p1', amount: eur(6500) }),
      recorded('PaymentSucceeded', { paymentId: 'p1', amount: eur(6500), provider: 'test-mode', reference: 'r' }),
      confirmed(),
    ];
    const doc = project(log).get('b1a2c3d4-0000-4000-8000-000000000001')!;
    expect(doc).toMatchObject({
      eventId: 'e1',
      bookingNumber: '00000001',
      status: 'confirmed',
      buyerName: 'Alice Smith',
      buyerEmail: 'Alice@Example.com',
      ticketCount: 2,
      total: eur(6500),
      placedAt: '2030-01-01T00:00:01.000Z',
      confirmedAt: '2030-01-01T00:00:04.000Z',
      search: 'alice smith alice@example.com 00000001 ada',
    });
    expect(doc.tickets.map((t) => [t.ticketId, t.seatId, t.tierName, t.attendeeName])).toEqual([
      ['t1', 'stalls:A:1', 'Std', 'Ada'],
      ['t2', 'stalls:A:2', 'VIP', undefined],
    ]);
  });

  it('records how an order ended', () => {
    const docs = project([
      placed(['', ''], 'b2'),
      recorded(
        'BookingExpired',
        { eventId: 'e1', buyerId: 'alice', holds: [], reason: 'payment deadline passed' },
        'b2',
      ),
      placed(['', ''], 'b3'),
      recorded('BookingCancelled', { eventId: 'e1', buyerId: 'alice', holds: [], reason: 'event cancelled' }, 'b3'),
    ]);
    expect(docs.get('b2')).toMatchObject({ status: 'expired', statusReason: 'payment deadline passed' });
    expect(docs.get('b3')).toMatchObject({ status: 'cancelled', statusReason: 'event cancelled' });
    expect(docs.get('b3')!.endedAt).toBeDefined();
  });

  it("names a transferred ticket's new holder, searchable by name and address", () => {
    const doc = project([
      placed(),
      confirmed(),
      recorded('TicketTransferred', {
        eventId: 'e1',
        buyerId: 'alice',
        ticketId: 't1',
        toName: 'Bob Builder',
        toEmail: 'Bob@Example.org',
        reissue: 1,
      }),
    ]).get('b1a2c3d4-0000-4000-8000-000000000001')!;
    expect(doc.tickets[0]).toMatchObject({ attendeeName: 'Bob Builder', holderEmail: 'Bob@Example.org', reissue: 1 });
    expect(doc.search).toContain('bob builder');
    expect(doc.search).toContain('bob@example.org');
  });

  it('rebuilds from the log to the same state, and applying the log twice changes nothing', () => {
    const log = [
      placed(),
      confirmed(),
      recorded('TicketTransferred', { ticketId: 't1', toName: 'Bob', toEmail: 'bob@example.org', reissue: 1 }),
      recorded('TicketReissued', { ticketId: 't1', reissue: 2, by: 'buyer', reason: 'lost' }),
      placed(['', ''], 'b4'),
      recorded('BookingExpired', { eventId: 'e1', buyerId: 'alice', holds: [], reason: 'x' }, 'b4'),
    ];
    const live = project(log);
    const rebuilt = project(log, new Map());
    expect([...rebuilt]).toEqual([...live]);
    expect([...project(log, live)]).toEqual([...rebuilt]);
  });

  it("shows an erased buyer's data as erased and no attendee names", () => {
    const erased = recorded(
      'BookingPlaced',
      {
        ...(placed().data as Record<string, unknown>),
        bookingId: 'b5',
        buyerName: '[erased]',
        buyerEmail: '[erased]',
        attendeeNames: '[erased]',
      },
      'b5',
    );
    const doc = project([erased]).get('b5')!;
    expect(doc).toMatchObject({ buyerName: '[erased]', buyerEmail: '[erased]' });
    expect(doc.tickets.every((t) => t.attendeeName === undefined)).toBe(true);
    expect(doc.search).not.toContain('ada');
  });
});
