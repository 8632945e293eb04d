import type { InventoryEvent } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';
import type { Recorded } from '../projection';
import { type HoldDoc, holdsProjection } from './holds.projection';
import { type PartitionedCounts, applyInventoryEvent } from './inventory-counts';

const event = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  id: type,
  type,
  data: { eventId: 'ev1', ...data },
  metadata: { correlationId: 'c', causationId: 'c', actor: 'a', schemaVersion: 1, occurredAt: '2030-01-01T10:00:00Z' },
  stream: 'inventory-ev1',
  revision: 0n,
  position: 1n,
});
/** The runner hands applyInventoryEvent only inventory events: these are. */
const apply = (counts: PartitionedCounts, e: RecordedEvent) =>
  applyInventoryEvent(counts, e as Recorded<InventoryEvent>);

describe('inventory counts after a cancellation', () => {
  it('gives the cancelled seats back to nobody: sales are closed and nothing is free', () => {
    let counts = { capacity: 0, held: 0, sold: 0, free: 0 };
    for (const e of [
      event('InventoryOpened', { capacity: 10 }),
      event('SeatsHeld', { quantity: 3 }),
      event('SeatsHeld', { quantity: 2 }),
      event('HoldCancelled', { quantity: 3 }),
    ])
      counts = apply(counts, e);
    expect(counts).toEqual({ capacity: 10, held: 2, sold: 0, free: 8 });
    counts = apply(counts, event('InventoryClosed', { reason: 'x' }));
    expect(counts).toEqual({ capacity: 10, held: 2, sold: 0, free: 0, salesClosed: true });
    // A lapsed hold expiring after the closure frees nothing either.
    counts = apply(counts, event('HoldExpired', { quantity: 2 }));
    expect(counts).toEqual({ capacity: 10, held: 0, sold: 0, free: 0, salesClosed: true });
  });

  it('marks a hold cancelled with when and why', () => {
    const held = holdsProjection.evolve(
      null,
      event('SeatsHeld', { holdId: 'h1', holderId: 'u1', quantity: 2, expiresAt: '2030-01-01T10:10:00Z' }),
    );
    const cancelled = holdsProjection.evolve(
      { ...held!, _position: 1 } as HoldDoc,
      event('HoldCancelled', { holdId: 'h1', holderId: 'u1', quantity: 2, reason: 'Storm' }),
    );
    expect(cancelled).toMatchObject({
      _id: 'h1',
      status: 'cancelled',
      cancelledAt: '2030-01-01T10:00:00Z',
      cancellationReason: 'Storm',
    });
  });
});

describe('inventory counts and holds after sold places come back (cancelled tickets)', () => {
  it('moves returned places from sold to free, once per event', () => {
    let counts = { capacity: 0, held: 0, sold: 0, free: 0 };
    for (const e of [
      event('InventoryOpened', { capacity: 4 }),
      event('SeatsHeld', { quantity: 3 }),
      event('SeatsSold', { quantity: 3 }),
      event('SoldSeatsReturned', { quantity: 2, ticketIds: ['t1', 't2'] }),
    ])
      counts = apply(counts, e);
    expect(counts).toEqual({ capacity: 4, held: 0, sold: 1, free: 3 });
  });

  it('takes the returned seats off the sold hold, so the seat map shows them free', () => {
    let doc = holdsProjection.evolve(
      null,
      event('SeatsHeld', {
        holdId: 'h1',
        holderId: 'u1',
        quantity: 2,
        expiresAt: '2030-01-01T10:10:00Z',
        seatIds: ['s:A:1', 's:A:2'],
      }),
    );
    doc = holdsProjection.evolve(
      { ...doc!, _position: 1 } as HoldDoc,
      event('SeatsSold', { holdId: 'h1', quantity: 2 }),
    );
    doc = holdsProjection.evolve(
      { ...doc!, _position: 2 } as HoldDoc,
      event('SoldSeatsReturned', { holdId: 'h1', bookingId: 'b1', quantity: 1, ticketIds: ['t1'], seatIds: ['s:A:1'] }),
    );
    expect(doc).toMatchObject({ status: 'sold', seatIds: ['s:A:2'], quantity: 1, returned: 1 });
  });
});
