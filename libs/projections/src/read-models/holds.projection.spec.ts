import type { RecordedEvent } from '@booking/event-store';
import { type HoldDoc, holdsProjection } from './holds.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => {
  position += 1n;
  return {
    id: `e${position}`,
    type,
    data,
    metadata: { occurredAt: '2030-01-01T10:00:00.000Z', schemaVersion: 1 },
    stream: 'inventory-ev1',
    revision: position,
    position,
  } as unknown as RecordedEvent;
};
const hold = { eventId: 'ev1', holdId: 'h1', holderId: 'u1', quantity: 2 };
const held = () => recorded('SeatsHeld', { ...hold, expiresAt: '2030-01-01T10:10:00.000Z' });

/** Folds events as the runner does, each state frozen (handlers must not change what they are given). */
function project(events: RecordedEvent[]): HoldDoc | null {
  let doc: HoldDoc | null = null;
  for (const event of events) {
    const next = holdsProjection.evolve(doc, event);
    doc = next ? (Object.freeze({ ...next, _position: Number(event.position) }) as HoldDoc) : null;
  }
  return doc;
}

describe('holds read model', () => {
  it('keeps a live hold, checked out to a booking, then sold', () => {
    expect(project([held()])).toMatchObject({ _id: 'h1', status: 'active', holderId: 'u1', quantity: 2 });
    const sold = project([
      held(),
      recorded('HoldCheckedOut', { ...hold, bookingId: 'b1', expiresAt: '2030-01-01T10:30:00.000Z' }),
      recorded('SeatsSold', { ...hold, bookingId: 'b1' }),
    ]);
    expect(sold).toMatchObject({ status: 'sold', bookingId: 'b1', expiresAt: '2030-01-01T10:30:00.000Z' });
  });

  it.each(['HoldReleased', 'HoldExpired'])('deletes a hold once %s: no query reads it again', (type) => {
    expect(project([held(), recorded(type, hold)])).toBeNull();
    // And an end arriving for a hold it no longer has creates nothing.
    expect(project([recorded(type, hold)])).toBeNull();
  });

  it('keeps a cancelled hold with when and why (a person sees holds the platform cancelled)', () => {
    const cancelled = project([held(), recorded('HoldCancelled', { ...hold, reason: 'Event cancelled' })]);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Event cancelled' });
  });
});
