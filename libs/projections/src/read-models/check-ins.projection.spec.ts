import type { RecordedEvent } from '@booking/event-store';
import { type CheckInDoc, checkInsProjection, ticketRevoked } from './check-ins.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    data: { bookingId: 'b1', eventId: 'e1', ...data },
    metadata: { occurredAt: `2030-01-01T19:00:${String(position).padStart(2, '0')}.000Z` },
    stream: 'booking-b1',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

function project(events: RecordedEvent[], docs = new Map<string, CheckInDoc>()): Map<string, CheckInDoc> {
  for (const event of events) {
    const key = checkInsProjection.keyOf(event)!;
    const next = checkInsProjection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as CheckInDoc);
  }
  return docs;
}

const eur = { amount: 2500, currency: 'EUR' };
const ticket = (ticketId: string, seat: string) => ({
  ticketId,
  holdId: 'h1',
  sectionId: 'stalls',
  seatId: `stalls:A:${seat}`,
  tierId: 'std',
  tierName: 'Std',
  price: eur,
});
const placed = () =>
  recorded('BookingPlaced', {
    bookingId: 'b1',
    buyerId: 'alice',
    buyerName: 'Alice',
    buyerEmail: 'alice@example.com',
    attendeeNames: ['Ada', ''],
    holds: [{ holdId: 'h1', sectionId: 'stalls', quantity: 2 }],
    tickets: [ticket('t1', '1'), ticket('t2', '2')],
    total: eur,
    paymentDeadline: '2030-01-01T19:15:00.000Z',
  });
const confirmed = () =>
  recorded('BookingConfirmed', { buyerId: 'alice', holds: [], ticketIds: ['t1', 't2'], reason: 'free' });
const scan = (scanNonce: string, minute: number, gate: string) => ({
  scanNonce,
  gate,
  scannedAt: `2030-01-01T19:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('check-ins projection', () => {
  it('lists a booking’s tickets with names, their first use and double uses (the earlier scan first)', () => {
    const docs = project([
      placed(),
      confirmed(),
      recorded('TicketCheckedIn', { ticketId: 't1', sectionId: 'stalls', ...scan('n1', 10, 'South'), offline: true }),
      recorded('DoubleUseDetected', {
        ticketId: 't1',
        scanNonce: 'n2',
        first: scan('n2', 4, 'North'),
        second: scan('n1', 10, 'South'),
        admitted: true,
      }),
    ]);
    const doc = docs.get('b1')!;
    expect(doc).toMatchObject({
      eventId: 'e1',
      bookingNumber: 'B1',
      buyerName: 'Alice',
      status: 'confirmed',
      issued: true,
    });
    expect(doc.tickets[0]).toMatchObject({
      ticketId: 't1',
      attendeeName: 'Ada',
      checkedIn: { at: '2030-01-01T19:04:00.000Z', gate: 'North' },
      doubleUses: [{ scanNonce: 'n2', first: { gate: 'North' }, second: { gate: 'South' }, admitted: true }],
    });
    expect(doc.tickets[1]).not.toHaveProperty('attendeeName');
    expect(doc.tickets[1]).not.toHaveProperty('checkedIn');
  });

  it('revokes the tickets of a confirmed booking that was cancelled, not those of one never confirmed', () => {
    const cancelled = project([placed(), confirmed(), recorded('BookingCancelled', { reason: 'x', holds: [] })]);
    expect(cancelled.get('b1')!.tickets.map((t) => t.revoked?.reason)).toEqual(['cancelled', 'cancelled']);
    const expired = project([placed(), recorded('BookingExpired', { reason: 'late', holds: [] })]);
    expect(expired.get('b1')!.tickets.map((t) => t.revoked)).toEqual([undefined, undefined]);
  });

  it('a transfer or reissue revokes the older codes only; the ticket stays valid, named for its new holder', () => {
    const transferred = recorded('TicketTransferred', {
      buyerId: 'alice',
      ticketId: 't1',
      toName: 'Bob',
      toEmail: 'bob@example.com',
      reissue: 1,
    });
    const reissued = recorded('TicketReissued', {
      buyerId: 'alice',
      ticketId: 't1',
      reissue: 2,
      by: 'buyer',
      reason: 'x',
    });
    const docs = project([placed(), confirmed(), transferred, reissued]);
    const [t1, t2] = docs.get('b1')!.tickets;
    expect(t1).toMatchObject({ attendeeName: 'Bob', reissue: 2, revoked: { reissue: 1, reason: 'reissued' } });
    expect(ticketRevoked(t1!)).toBe(false);
    expect(t2!.revoked).toBeUndefined();
    // Replaying the transfer (an older counter) changes nothing.
    const doc = docs.get('b1')!;
    expect({ ...checkInsProjection.evolve(doc, transferred), _position: doc._position }).toEqual(doc);
    // A cancellation then revokes the current code.
    project(
      [
        recorded('TicketsCancelled', {
          buyerId: 'alice',
          tickets: [{ ticketId: 't1', holdId: 'h1' }],
          reason: 'x',
          by: 'buyer',
        }),
      ],
      docs,
    );
    const cancelled = docs.get('b1')!.tickets[0]!;
    expect(cancelled.revoked).toMatchObject({ reissue: 2, reason: 'cancelled' });
    expect(ticketRevoked(cancelled)).toBe(true);
  });

  it('is idempotent when an event is applied twice', () => {
    const events = [
      placed(),
      confirmed(),
      recorded('TicketCheckedIn', { ticketId: 't1', ...scan('n1', 1, 'North'), offline: false }),
      recorded('DoubleUseDetected', {
        ticketId: 't1',
        scanNonce: 'n2',
        first: scan('n1', 1, 'North'),
        second: scan('n2', 2, 'North'),
        admitted: false,
      }),
      recorded('TicketTransferred', { ticketId: 't2', toName: 'Bob', toEmail: 'bob@example.com', reissue: 1 }),
      recorded('TicketReissued', { ticketId: 't2', reissue: 2, by: 'admin', reason: 'lost' }),
      recorded('BookingCancelled', { reason: 'x', holds: [] }),
    ];
    const once = project(events);
    const twice = new Map([...project(events)].map(([k, v]) => [k, { ...v }]));
    for (const event of events.slice(1)) {
      const doc = twice.get('b1')!;
      twice.set('b1', { ...checkInsProjection.evolve(doc, event)!, _position: doc._position } as CheckInDoc);
    }
    expect(twice.get('b1')).toEqual(once.get('b1'));
  });
});
