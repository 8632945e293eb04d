import { type Actor, fold, scenario } from '../kernel';
import type { ExpireHold, HoldSeats, OpenInventory, ReleaseHold, SalesRules } from './inventory.commands';
import { HOLD_TTL_SECONDS } from './inventory.decide';
import { MAX_GROUP_SIZE, MAX_SEATS_PER_HOLD } from './inventory.rules';
import { inventoryDecider } from './inventory.decider';
import type { HoldExpired, HoldReleased, InventoryEvent, InventoryOpened, SeatsHeld } from './inventory.events';
import { freeSeats } from './inventory.state';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();

const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const bob: Actor = { userId: 'bob', roles: ['attendee'] };
const admin: Actor = { userId: 'admin-1', roles: ['admin'] };
const system: Actor = { userId: 'system', roles: ['ops'] };

// Commands
const open = (capacity: number): OpenInventory => ({
  type: 'OpenInventory',
  data: { eventId, capacity },
  metadata: { now: at(0), actor: system },
});
const hold = (
  holdId: string,
  quantity: number,
  opts: { ttl?: number; by?: Actor; second?: number; rules?: SalesRules } = {},
): HoldSeats => ({
  type: 'HoldSeats',
  data: {
    eventId,
    holdId,
    quantity,
    ttlSeconds: opts.ttl ?? HOLD_TTL_SECONDS.default,
    rules: opts.rules ?? { maxPerOrder: MAX_SEATS_PER_HOLD },
  },
  metadata: { now: at(opts.second ?? 0), actor: opts.by ?? alice },
});
const release = (holdId: string, opts: { by?: Actor; second?: number } = {}): ReleaseHold => ({
  type: 'ReleaseHold',
  data: { eventId, holdId },
  metadata: { now: at(opts.second ?? 0), actor: opts.by ?? alice },
});
const expire = (holdId: string, second: number): ExpireHold => ({
  type: 'ExpireHold',
  data: { eventId, holdId },
  metadata: { now: at(second), actor: system },
});

// Events
const opened = (capacity: number): InventoryOpened => ({ type: 'InventoryOpened', data: { eventId, capacity } });
const held = (holdId: string, quantity: number, expiresAtSecond = 600, holderId = 'alice'): SeatsHeld => ({
  type: 'SeatsHeld',
  data: { eventId, holdId, holderId, quantity, expiresAt: iso(expiresAtSecond) },
});
const released = (holdId: string, quantity: number, holderId = 'alice'): HoldReleased => ({
  type: 'HoldReleased',
  data: { eventId, holdId, holderId, quantity },
});
const expired = (holdId: string, quantity: number, holderId = 'alice'): HoldExpired => ({
  type: 'HoldExpired',
  data: { eventId, holdId, holderId, quantity },
});

const given = scenario(inventoryDecider).given;
const stateAfter = (events: InventoryEvent[]) => fold(inventoryDecider, events);

describe('OpenInventory', () => {
  it('opens with the event capacity', () => {
    given([])
      .when(open(100))
      .then([opened(100)]);
  });

  it('is a no-op the second time (the publish policy may run again)', () => {
    given([opened(100)])
      .when(open(100))
      .then([]);
    given([opened(100), held('h1', 2)])
      .when(open(50))
      .then([]);
  });
});

describe('HoldSeats', () => {
  it('holds seats for the caller until now + ttl', () => {
    given([opened(10)])
      .when(hold('h1', 2))
      .then([held('h1', 2, 600)]);
    given([opened(10)])
      .when(hold('h1', 3, { ttl: 120, by: bob, second: 30 }))
      .then([held('h1', 3, 150, 'bob')]);
  });

  it('refuses when the event is not on sale', () => {
    const error = given([]).when(hold('h1', 1)).thenFails('inventory.not-on-sale');
    expect(error.kind).toBe('not-found');
  });

  describe('quantity', () => {
    it.each([[1], [MAX_SEATS_PER_HOLD]])('accepts %p', (quantity) => {
      given([opened(100)])
        .when(hold('h1', quantity))
        .then([held('h1', quantity)]);
    });

    it.each([[0], [-1], [1.5], [NaN], [Infinity], [MAX_SEATS_PER_HOLD + 1]])('refuses %p', (quantity) => {
      const error = given([opened(100)])
        .when(hold('h1', quantity))
        .thenFails('inventory.bad-quantity');
      expect(error.kind).toBe('validation');
    });

    it('takes up to an approved group grant in one hold, never more than MAX_GROUP_SIZE', () => {
      given([opened(200)])
        .when(hold('h1', 40, { rules: { maxPerOrder: 4, groupGrant: 40 } }))
        .then([held('h1', 40)]);
      given([opened(200)])
        .when(hold('h1', 41, { rules: { maxPerOrder: 4, groupGrant: 40 } }))
        .thenFails('inventory.order-limit');
      given([opened(200)])
        .when(hold('h1', MAX_GROUP_SIZE + 1, { rules: { maxPerOrder: 4, groupGrant: MAX_GROUP_SIZE } }))
        .thenFails('inventory.bad-quantity');
    });
  });

  describe('ttl', () => {
    it.each([[HOLD_TTL_SECONDS.min], [HOLD_TTL_SECONDS.max]])('accepts %p seconds', (ttl) => {
      given([opened(10)])
        .when(hold('h1', 1, { ttl }))
        .then([held('h1', 1, ttl)]);
    });

    it.each([[HOLD_TTL_SECONDS.min - 1], [HOLD_TTL_SECONDS.max + 1], [0], [-600], [NaN], [Infinity], [90.5]])(
      'refuses %p seconds',
      (ttl) => {
        const error = given([opened(10)])
          .when(hold('h1', 1, { ttl }))
          .thenFails('inventory.bad-ttl');
        expect(error.kind).toBe('validation');
      },
    );
  });

  describe('free seats', () => {
    it('refuses more than are free, saying how many are', () => {
      const error = given([opened(10), held('h1', 7)])
        .when(hold('h2', 4))
        .thenFails('inventory.insufficient-seats');
      expect(error).toMatchObject({ kind: 'conflict', details: { free: 3, requested: 4 } });
    });

    it('grants exactly the free amount', () => {
      given([opened(10), held('h1', 7)])
        .when(hold('h2', 3))
        .then([held('h2', 3)]);
      given([opened(5)])
        .when(hold('h1', 5))
        .then([held('h1', 5)]);
    });

    it('refuses when sold out', () => {
      const error = given([opened(2), held('h1', 2)])
        .when(hold('h2', 1))
        .thenFails('inventory.insufficient-seats');
      expect(error.details).toEqual({ free: 0, requested: 1 });
    });

    it('counts a lapsed hold as free before any HoldExpired is recorded', () => {
      const history = [opened(10), held('h1', 10, 600)];
      const stillHeld = given(history)
        .when(hold('h2', 1, { second: 599.999 }))
        .thenFails('inventory.insufficient-seats');
      expect(stillHeld.details).toEqual({ free: 0, requested: 1 });
      given(history)
        .when(hold('h2', 10, { second: 600, ttl: 60 }))
        .then([held('h2', 10, 660)]);
    });

    it('frees the seats of released and expired holds', () => {
      given([opened(10), held('h1', 6), held('h2', 4, 900, 'bob'), released('h1', 6)])
        .when(hold('h3', 6))
        .then([held('h3', 6)]);
      given([opened(10), held('h1', 6), held('h2', 4, 900, 'bob'), expired('h2', 4, 'bob')])
        .when(hold('h3', 4))
        .then([held('h3', 4)]);
    });
  });

  describe('hold id', () => {
    it('refuses an id that is held', () => {
      const error = given([opened(10), held('h1', 1)])
        .when(hold('h1', 1))
        .thenFails('inventory.hold-exists');
      expect(error.kind).toBe('conflict');
      given([opened(10), held('h1', 1, 600, 'bob')])
        .when(hold('h1', 1))
        .thenFails('inventory.hold-exists');
    });

    it('refuses an id whose hold lapsed but is not yet expired', () => {
      given([opened(10), held('h1', 1, 60)])
        .when(hold('h1', 1, { second: 120 }))
        .thenFails('inventory.hold-exists');
    });

    it('refuses an id whose hold was released or expired (ids are never reused)', () => {
      given([opened(10), held('h1', 1), released('h1', 1)])
        .when(hold('h1', 1))
        .thenFails('inventory.hold-exists');
      given([opened(10), held('h1', 1, 60), expired('h1', 1)])
        .when(hold('h1', 1, { second: 120 }))
        .thenFails('inventory.hold-exists');
    });
  });
});

describe('ReleaseHold', () => {
  it('releases the caller’s own hold', () => {
    given([opened(10), held('h1', 3)])
      .when(release('h1'))
      .then([released('h1', 3)]);
  });

  it('pretends someone else’s hold does not exist', () => {
    const error = given([opened(10), held('h1', 3)])
      .when(release('h1', { by: bob }))
      .thenFails('inventory.hold-not-found');
    expect(error.kind).toBe('not-found');
  });

  it('lets an admin release anyone’s hold, naming the holder', () => {
    given([opened(10), held('h1', 3, 600, 'bob')])
      .when(release('h1', { by: admin }))
      .then([released('h1', 3, 'bob')]);
  });

  it('refuses a hold that has lapsed, even before HoldExpired', () => {
    given([opened(10), held('h1', 3, 600)])
      .when(release('h1', { second: 600 }))
      .thenFails('inventory.hold-not-found');
    given([opened(10), held('h1', 3, 600)])
      .when(release('h1', { second: 599 }))
      .then([released('h1', 3)]);
  });

  it('refuses unknown, released and expired holds', () => {
    given([opened(10)])
      .when(release('nope'))
      .thenFails('inventory.hold-not-found');
    given([opened(10), held('h1', 3), released('h1', 3)])
      .when(release('h1'))
      .thenFails('inventory.hold-not-found');
    given([opened(10), held('h1', 3), expired('h1', 3)])
      .when(release('h1', { by: admin }))
      .thenFails('inventory.hold-not-found');
  });
});

describe('ExpireHold', () => {
  it('does nothing before the hold is due', () => {
    given([opened(10), held('h1', 3, 600)])
      .when(expire('h1', 599.999))
      .then([]);
  });

  it('expires a due hold', () => {
    given([opened(10), held('h1', 3, 600)])
      .when(expire('h1', 600))
      .then([expired('h1', 3)]);
    given([opened(10), held('h1', 3, 600, 'bob')])
      .when(expire('h1', 7200))
      .then([expired('h1', 3, 'bob')]);
  });

  it('does nothing for a hold released or expired meanwhile, or unknown', () => {
    given([opened(10), held('h1', 3, 600), released('h1', 3)])
      .when(expire('h1', 700))
      .then([]);
    given([opened(10), held('h1', 3, 600), expired('h1', 3)])
      .when(expire('h1', 700))
      .then([]);
    given([opened(10)])
      .when(expire('nope', 700))
      .then([]);
  });
});

describe('large streams', () => {
  const manyHolds = (count: number): SeatsHeld[] =>
    Array.from({ length: count }, (_, i) => held(`h${i}`, 1 + (i % 4), 60 + (i % 3541), `user-${i % 997}`));

  it('stays correct after folding 50,000 SeatsHeld events', () => {
    const holds = manyHolds(50_000);
    const heldSeats = holds.reduce((total, e) => total + e.data.quantity, 0);
    const history = [opened(heldSeats + 10), ...holds];

    const error = given(history).when(hold('next', 11)).thenFails('inventory.insufficient-seats');
    expect(error.details).toEqual({ free: 10, requested: 11 });
    given(history)
      .when(hold('next', 10))
      .then([held('next', 10)]);

    // At second 60 exactly the holds with i % 3541 === 0 have lapsed.
    const lapsed = holds.filter((_, i) => i % 3541 === 0).reduce((total, e) => total + e.data.quantity, 0);
    expect(freeSeats(stateAfter(history), at(60))).toBe(10 + lapsed);
    expect(freeSeats(stateAfter(history), at(59.999))).toBe(10);
    expect(freeSeats(stateAfter(history), at(3601))).toBe(heldSeats + 10);
    given(history).when(hold('h0', 1)).thenFails('inventory.hold-exists');
  });

  // How fast this fold is: `npm run bench:fold` (a timed test would fail on a slow machine, not a slow fold).
  it('folds 50,000 holds and their expiries in expiry order back to all seats free', () => {
    const holds = Array.from({ length: 50_000 }, (_, i) => held(`h${i}`, 1, 60 + i / 100));
    const expiries = holds.map((e) => expired(e.data.holdId, 1));
    const state = stateAfter([opened(50_000), ...holds, ...expiries]);
    expect(state.held).toBe(0);
    expect(state.earliestExpiry).toBe(Number.POSITIVE_INFINITY);
    expect(freeSeats(state, at(0))).toBe(50_000);
  });
});

describe('freeSeats after releases (earliest expiry recomputed)', () => {
  // A expires at 60 s, B at 600 s, C at 300 s; capacity 20.
  const history = [opened(20), held('A', 5, 60), held('B', 4, 600), held('C', 3, 300)];

  it('keeps counting a later hold after the earliest one is released, until its own expiry', () => {
    const state = stateAfter([...history, released('A', 5)]);
    expect(state.earliestExpiry).toBe(at(300).getTime());
    expect(freeSeats(state, at(0))).toBe(13);
    expect(freeSeats(state, at(299.999))).toBe(13);
    expect(freeSeats(state, at(300))).toBe(16); // C lapsed
    expect(freeSeats(state, at(599.999))).toBe(16); // B still counts
    expect(freeSeats(state, at(600))).toBe(20);

    const error = given([...history, released('A', 5)])
      .when(hold('D', 14, { second: 100 }))
      .thenFails('inventory.insufficient-seats');
    expect(error.details).toEqual({ free: 13, requested: 14 });
    given([...history, released('A', 5)])
      .when(hold('D', 16, { second: 300, ttl: 60 }))
      .then([held('D', 16, 360)]);
  });

  it('keeps the earliest expiry when a later hold is released', () => {
    const state = stateAfter([...history, released('B', 4)]);
    expect(state.earliestExpiry).toBe(at(60).getTime());
    expect(freeSeats(state, at(0))).toBe(12);
    expect(freeSeats(state, at(60))).toBe(17);
    expect(freeSeats(state, at(300))).toBe(20);
  });

  it('goes back to infinity once every hold is gone', () => {
    const state = stateAfter([...history, released('C', 3), expired('A', 5), released('B', 4)]);
    expect(state.earliestExpiry).toBe(Number.POSITIVE_INFINITY);
    expect(state.held).toBe(0);
    expect(freeSeats(state, at(10_000))).toBe(20);
  });

  it('agrees with a naive count over random histories', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const events: InventoryEvent[] = [opened(10_000)];
      const live = new Map<string, { quantity: number; expiresAt: number }>();
      for (let step = 0; step < 60; step++) {
        const ids = [...live.keys()];
        if (ids.length > 0 && random() < 0.4) {
          const id = ids[Math.floor(random() * ids.length)];
          const { quantity } = live.get(id)!;
          events.push(random() < 0.5 ? released(id, quantity) : expired(id, quantity));
          live.delete(id);
        } else {
          const id = `r${run}-${step}`;
          const quantity = 1 + Math.floor(random() * 5);
          const second = 60 + Math.floor(random() * 20) * 30; // many equal expiries
          events.push(held(id, quantity, second));
          live.set(id, { quantity, expiresAt: at(second).getTime() });
        }
        const state = stateAfter(events);
        const probe = at(Math.floor(random() * 700));
        const active = [...live.values()].filter((h) => h.expiresAt > probe.getTime());
        expect(freeSeats(state, probe)).toBe(10_000 - active.reduce((total, h) => total + h.quantity, 0));
        expect(state.earliestExpiry).toBe(Math.min(...[...live.values()].map((h) => h.expiresAt)));
      }
    }
  });
});

describe('opening sales with a bad capacity', () => {
  const now = new Date('2030-01-01T00:00:00Z');
  const system = { userId: 'system', roles: [] } as const;
  it.each([0, -5, 1.5, Number.NaN])('refuses capacity %p', (capacity) => {
    scenario(inventoryDecider)
      .given([])
      .when({ type: 'OpenInventory', data: { eventId: 'e', capacity }, metadata: { now, actor: system } })
      .thenFails('inventory.bad-capacity');
  });
});
