import fc from 'fast-check';
import { type Actor, fold, scenario } from '../kernel';
import type {
  HoldSeats,
  InventoryCommand,
  JoinWaitlist,
  LeaveWaitlist,
  OfferWaitlist,
  SalesRules,
} from './inventory.commands';
import { inventoryDecider } from './inventory.decider';
import type { InventoryEvent, SeatsHeld, WaitlistJoined } from './inventory.events';
import { freeSeats, publicFreeSeats, waitingPlaces } from './inventory.state';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const person = (userId: string): Actor => ({ userId, roles: ['attendee'] });
const system: Actor = { userId: 'system:waitlist-offers', roles: [] };
const rules: SalesRules = { maxPerOrder: 6 };

const cmd = <C extends InventoryCommand>(type: C['type'], data: C['data'], actor: Actor, seconds = 0): C =>
  ({ type, data, metadata: { now: at(seconds), actor } }) as C;
const join = (who: string, entryId: string, quantity: number, extra: Partial<SalesRules> = {}) =>
  cmd<JoinWaitlist>('JoinWaitlist', { eventId, entryId, quantity, rules: { ...rules, ...extra } }, person(who));
const hold = (who: string, holdId: string, quantity: number, seconds = 0) =>
  cmd<HoldSeats>('HoldSeats', { eventId, holdId, quantity, ttlSeconds: 600, rules }, person(who), seconds);
const offer = (seconds = 0, extra: Partial<SalesRules> = {}) =>
  cmd<OfferWaitlist>('OfferWaitlist', { eventId, offerSeconds: 1800, rules: { ...rules, ...extra } }, system, seconds);
const leave = (actor: Actor, entryId: string, asOrganizer?: boolean) =>
  cmd<LeaveWaitlist>('LeaveWaitlist', { eventId, entryId, ...(asOrganizer ? { asOrganizer } : {}) }, actor);

const joined = (holderId: string, entryId: string, quantity: number): WaitlistJoined => ({
  type: 'WaitlistJoined',
  data: { eventId, entryId, holderId, quantity },
});
const held = (holderId: string, holdId: string, quantity: number, expires = 600): SeatsHeld => ({
  type: 'SeatsHeld',
  data: { eventId, holdId, holderId, quantity, expiresAt: iso(expires) },
});
const offered = (holderId: string, entryId: string, quantity: number, seconds = 0, seatIds?: string[]): SeatsHeld => ({
  type: 'SeatsHeld',
  data: {
    eventId,
    holdId: entryId,
    holderId,
    quantity,
    expiresAt: iso(seconds + 1800),
    ...(seatIds ? { seatIds } : {}),
    waitlistEntryId: entryId,
  },
});

/** Four places, all held by alice and bob. */
const soldOut: InventoryEvent[] = [
  { type: 'InventoryOpened', data: { eventId, capacity: 4 } },
  held('alice', 'h1', 2),
  held('bob', 'h2', 2),
];
const released = (holdId: string, holderId: string, quantity: number): InventoryEvent => ({
  type: 'HoldReleased',
  data: { eventId, holdId, holderId, quantity },
});

const given = scenario(inventoryDecider).given;

describe('the waitlist', () => {
  it('is joined when the places wanted are not free, once per person', () => {
    given(soldOut)
      .when(join('carol', 'w1', 2))
      .then([joined('carol', 'w1', 2)]);
    given([...soldOut, joined('carol', 'w1', 2)])
      .when(join('carol', 'w2', 1))
      .thenFails('inventory.already-waiting');
  });

  it('refuses to wait for places that are free, a quantity over the order limit, and a waitlist turned off', () => {
    const open: InventoryEvent[] = [{ type: 'InventoryOpened', data: { eventId, capacity: 4 } }];
    given(open)
      .when(join('carol', 'w1', 2))
      .thenFails('inventory.places-available');
    given(soldOut)
      .when(join('carol', 'w1', 7))
      .thenFails('inventory.order-limit');
    given(soldOut)
      .when(join('carol', 'w1', 2, { waitlistOff: true }))
      .thenFails('inventory.waitlist-off');
    given(soldOut)
      .when(join('carol', 'w1', 2, { closesAt: iso(-1) }))
      .thenFails('inventory.sales-closed');
  });

  it('may be joined for more places than are free (two free, four wanted)', () => {
    given([...soldOut, released('h1', 'alice', 2)])
      .when(join('carol', 'w1', 4))
      .then([joined('carol', 'w1', 4)]);
  });

  it('keeps freed places from anyone else while people wait: no place is sold around it', () => {
    const waiting = [...soldOut, joined('carol', 'w1', 2), released('h1', 'alice', 2)];
    const refusal = given(waiting)
      .when(hold('dave', 'h3', 1))
      .thenFails('inventory.kept-for-waitlist');
    expect(refusal.message).toMatch(/waitlist/);
    const state = fold(inventoryDecider, waiting);
    expect(freeSeats(state, at(0))).toBe(2);
    expect(publicFreeSeats(state, at(0))).toBe(0);
    // A lapsed hold frees places before its HoldExpired: they are the waitlist's too.
    given([...soldOut, joined('carol', 'w1', 4)])
      .when(hold('dave', 'h3', 1, 601))
      .thenFails('inventory.kept-for-waitlist');
  });

  it('leaves to the public what the waitlist does not wait for', () => {
    const six: InventoryEvent[] = [
      { type: 'InventoryOpened', data: { eventId, capacity: 6 } },
      held('alice', 'h1', 4),
      joined('carol', 'w1', 3), // two free, three wanted: carol waits
      released('h1', 'alice', 4), // six free, three kept for carol
    ];
    given(six)
      .when(hold('dave', 'h3', 3))
      .then([held('dave', 'h3', 3)]);
    given(six)
      .when(hold('dave', 'h3', 4))
      .thenFails('inventory.kept-for-waitlist');
  });

  it('offers freed places in join order to each entry that fits, as a hold of its own', () => {
    const waiting = [...soldOut, joined('carol', 'w1', 3), joined('erin', 'w2', 2), released('h1', 'alice', 2)];
    // Two free: carol (3) waits on, erin (2) fits.
    given(waiting)
      .when(offer())
      .then([offered('erin', 'w2', 2)]);
    const both = [...waiting, released('h2', 'bob', 2)];
    // Four free: carol (3) first; the one left does not fit erin (2).
    given(both)
      .when(offer())
      .then([offered('carol', 'w1', 3)]);
  });

  it('takes an offered entry off the waitlist; its hold is an ordinary hold that expires and frees places again', () => {
    const afterOffer = [...soldOut, joined('carol', 'w1', 2), released('h1', 'alice', 2), offered('carol', 'w1', 2)];
    const state = fold(inventoryDecider, afterOffer);
    expect([...state.waitlist.values()]).toEqual([]);
    expect(freeSeats(state, at(0))).toBe(0);
    given(afterOffer).when(offer()).then([]);
    // Not taken in time: the places are free, the public may hold them (nobody waits).
    given(afterOffer)
      .when(hold('dave', 'h3', 2, 1801))
      .then([held('dave', 'h3', 2, 2401)]);
  });

  it('offers nothing outside the sales window, with the waitlist off, or when nothing fits', () => {
    const waiting = [...soldOut, joined('carol', 'w1', 2), released('h1', 'alice', 2)];
    given(waiting)
      .when(offer(0, { closesAt: iso(-1) }))
      .then([]);
    given(waiting)
      .when(offer(0, { waitlistOff: true }))
      .then([]);
    given([...soldOut, joined('carol', 'w1', 3), released('h1', 'alice', 2)])
      .when(offer())
      .then([]);
  });

  it('offers a seated group the best seats together', () => {
    const seats = ['hall:A:1', 'hall:A:2', 'hall:A:3', 'hall:A:4'];
    const history: InventoryEvent[] = [
      { type: 'InventoryOpened', data: { eventId, capacity: 4, seatIds: seats } },
      {
        type: 'SeatsHeld',
        data: { eventId, holdId: 'h1', holderId: 'alice', quantity: 4, expiresAt: iso(600), seatIds: seats },
      },
      joined('carol', 'w1', 2),
      { type: 'HoldReleased', data: { eventId, holdId: 'h1', holderId: 'alice', quantity: 4, seatIds: seats } },
    ];
    given(history)
      .when(offer())
      .then([offered('carol', 'w1', 2, 0, ['hall:A:1', 'hall:A:2'])]);
  });

  it('is left by its holder, the organizer or an admin; anyone else is told it does not exist', () => {
    const waiting = [...soldOut, joined('carol', 'w1', 2)];
    const left = (by: string): InventoryEvent => ({
      type: 'WaitlistLeft',
      data: { eventId, entryId: 'w1', holderId: 'carol', quantity: 2, by },
    });
    given(waiting)
      .when(leave(person('carol'), 'w1'))
      .then([left('carol')]);
    given(waiting)
      .when(leave(person('org'), 'w1', true))
      .then([left('org')]);
    given(waiting)
      .when(leave({ userId: 'root', roles: ['admin'] }, 'w1'))
      .then([left('root')]);
    given(waiting)
      .when(leave(person('dave'), 'w1'))
      .thenFails('inventory.waitlist-entry-not-found');
    given([...waiting, left('carol')])
      .when(leave(person('carol'), 'w1'))
      .thenFails('inventory.waitlist-entry-not-found');
    expect(
      publicFreeSeats(fold(inventoryDecider, [...waiting, left('carol'), released('h1', 'alice', 2)]), at(0)),
    ).toBe(2);
  });

  it('is cleared when sales close for good', () => {
    const waiting = [...soldOut, joined('carol', 'w1', 2)];
    const events = inventoryDecider.decide(
      cmd('CloseInventory', { eventId, reason: 'Cancelled' }, system),
      fold(inventoryDecider, waiting),
    );
    expect(events.map((e) => e.type)).toEqual(['HoldCancelled', 'HoldCancelled', 'WaitlistCleared', 'InventoryClosed']);
    given(waiting)
      .when(cmd('ClearWaitlist', { eventId, reason: 'The organizer turned the waitlist off' }, system))
      .then([
        {
          type: 'WaitlistCleared',
          data: {
            eventId,
            entryId: 'w1',
            holderId: 'carol',
            quantity: 2,
            reason: 'The organizer turned the waitlist off',
          },
        },
      ]);
  });

  it('keeps the waiting entries in join order through joins, departures, offers and clearing (any sequence)', () => {
    // Each step: someone joins, or an entry leaves, is offered a hold, or is cleared; checked
    // against a plain list of who waits, in order.
    const step = fc.oneof(
      fc.record({ kind: fc.constant('join' as const), who: fc.nat(30), quantity: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ kind: fc.constantFrom('left' as const, 'offered' as const, 'cleared' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const events: InventoryEvent[] = [{ type: 'InventoryOpened', data: { eventId, capacity: 1000 } }];
        let list: { entryId: string; holderId: string; quantity: number }[] = [];
        steps.forEach((s, i) => {
          if (s.kind === 'join') {
            const holderId = `p${s.who}`;
            if (list.some((e) => e.holderId === holderId)) return; // one entry per person, as decided
            const entry = { entryId: `e${i}`, holderId, quantity: s.quantity };
            list.push(entry);
            events.push(joined(holderId, entry.entryId, entry.quantity));
            return;
          }
          if (list.length === 0) return;
          const { entryId, holderId, quantity } = list[s.pick % list.length];
          list = list.filter((e) => e.entryId !== entryId);
          const data = { eventId, entryId, holderId, quantity };
          if (s.kind === 'offered') events.push(offered(holderId, entryId, quantity));
          else if (s.kind === 'left') events.push({ type: 'WaitlistLeft', data: { ...data, by: holderId } });
          else events.push({ type: 'WaitlistCleared', data: { ...data, reason: 'waitlist turned off' } });
        });
        const state = fold(inventoryDecider, events);
        expect([...state.waitlist.values()]).toEqual(list);
        expect(waitingPlaces(state)).toBe(list.reduce((sum, e) => sum + e.quantity, 0));
        expect(new Map(state.waitingHolders)).toEqual(new Map(list.map((e) => [e.holderId, e.entryId])));
      }),
    );
  });

  it('folds a long waitlist one entry at a time (20,000 joins, every other one leaving)', () => {
    const events: InventoryEvent[] = [{ type: 'InventoryOpened', data: { eventId, capacity: 10 } }];
    for (let i = 0; i < 20_000; i++) events.push(joined(`p${i}`, `e${i}`, 1));
    for (let i = 0; i < 20_000; i += 2)
      events.push({
        type: 'WaitlistLeft',
        data: { eventId, entryId: `e${i}`, holderId: `p${i}`, quantity: 1, by: `p${i}` },
      });
    const state = fold(inventoryDecider, events);
    expect(state.waitlist.size).toBe(10_000);
    expect([...state.waitlist.keys()].slice(0, 3)).toEqual(['e1', 'e3', 'e5']);
    expect(waitingPlaces(state)).toBe(10_000);
  });
});
