import { type Actor, scenario } from '../kernel';
import type { HoldSeats, SalesRules } from './inventory.commands';
import { inventoryDecider } from './inventory.decider';
import type { InventoryEvent } from './inventory.events';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const given = scenario(inventoryDecider).given;
const opened: InventoryEvent = { type: 'InventoryOpened', data: { eventId, capacity: 40 } };

const hold = (quantity: number, rules: SalesRules, now = '2030-01-01T12:00:00.000Z'): HoldSeats => ({
  type: 'HoldSeats',
  data: { eventId, holdId: 'h1', quantity, ttlSeconds: 600, rules },
  metadata: { now: new Date(now), actor: alice },
});
const held = (quantity: number, now = '2030-01-01T12:00:00.000Z'): InventoryEvent => ({
  type: 'SeatsHeld',
  data: {
    eventId,
    holdId: 'h1',
    holderId: 'alice',
    quantity,
    expiresAt: new Date(Date.parse(now) + 600_000).toISOString(),
  },
});

describe('HoldSeats: the per-order limit the organizer set', () => {
  it('holds up to the limit', () => {
    given([opened])
      .when(hold(4, { maxPerOrder: 4 }))
      .then([held(4)]);
  });

  it.each([[5], [20]])('refuses %p when at most 4 tickets go in one order, saying so', (quantity) => {
    const error = given([opened])
      .when(hold(quantity, { maxPerOrder: 4 }))
      .thenFails('inventory.order-limit');
    expect(error.kind).toBe('validation');
    expect(error.message).toBe(`At most 4 tickets per order for this event, ${quantity} requested`);
    expect(error.details).toEqual({ field: 'quantity', max: 4, requested: quantity });
  });

  it('never lets one hold take more than the API allows, whatever the event says', () => {
    given([opened])
      .when(hold(21, { maxPerOrder: 50 }))
      .thenFails('inventory.bad-quantity');
  });
});

describe('HoldSeats: the sales window', () => {
  const window = { maxPerOrder: 10, opensAt: '2030-05-01T10:00:00.000Z', closesAt: '2030-06-01T18:00:00.000Z' };

  it('refuses a hold before sales open, naming when they do', () => {
    const error = given([opened])
      .when(hold(2, window, '2030-01-01T12:00:00.000Z'))
      .thenFails('inventory.sales-not-open');
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('Sales for this event open at 2030-05-01T10:00:00.000Z');
    expect(error.details).toEqual({ opensAt: window.opensAt });
  });

  it('holds from the moment sales open until just before they close', () => {
    given([opened])
      .when(hold(2, window, window.opensAt))
      .then([held(2, window.opensAt)]);
    given([opened])
      .when(hold(2, window, '2030-06-01T17:59:59.999Z'))
      .then([held(2, '2030-06-01T17:59:59.999Z')]);
  });

  it('refuses a hold once sales have closed', () => {
    const error = given([opened])
      .when(hold(2, window, window.closesAt))
      .thenFails('inventory.sales-closed');
    expect(error.kind).toBe('conflict');
    expect(error.details).toEqual({ closesAt: window.closesAt });
  });

  it('still says "not on sale" for an event that never opened, whatever the window', () => {
    given([])
      .when(hold(2, window, window.opensAt))
      .thenFails('inventory.not-on-sale');
  });
});

describe('HoldSeats: presale with an access code', () => {
  const window = { maxPerOrder: 10, opensAt: '2030-05-01T10:00:00.000Z', closesAt: '2030-06-01T18:00:00.000Z' };
  const before = '2030-01-01T12:00:00.000Z';
  const withCode = (rules: SalesRules, now: string): HoldSeats => {
    const command = hold(2, rules, now);
    return { ...command, data: { ...command.data, accessPromoId: 'p1' } };
  };

  it('holds before sales open when the code grants presale, and the hold records the code', () => {
    given([opened])
      .when(withCode({ ...window, presale: true }, before))
      .then([{ ...held(2, before), data: { ...held(2, before).data, accessPromoId: 'p1' } } as InventoryEvent]);
  });

  it('refuses before sales open without presale, even with a code', () => {
    given([opened]).when(withCode(window, before)).thenFails('inventory.sales-not-open');
  });

  it('does not mark a hold taken once sales are open, nor reopen closed sales', () => {
    given([opened])
      .when(withCode({ ...window, presale: true }, window.opensAt))
      .then([held(2, window.opensAt)]);
    given([opened])
      .when(withCode({ ...window, presale: true }, window.closesAt))
      .thenFails('inventory.sales-closed');
  });
});
