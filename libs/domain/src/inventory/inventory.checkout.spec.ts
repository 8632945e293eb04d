import { type Actor, fold, scenario } from '../kernel';
import type {
  AbandonCheckout,
  CheckOutHold,
  CloseInventory,
  ExpireHold,
  HoldSeats,
  InventoryCommand,
  ReleaseCheckedOutHold,
  ReleaseHold,
  SellHold,
} from './inventory.commands';
import { inventoryDecider } from './inventory.decider';
import type { HoldCheckedOut, InventoryEvent, SeatsHeld, SeatsSold } from './inventory.events';
import { freeSeats, isTaken } from './inventory.state';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const bob: Actor = { userId: 'bob', roles: ['attendee'] };
const system: Actor = { userId: 'system:booking-seats', roles: [] };
const seats = ['hall:A:1', 'hall:A:2', 'hall:A:3'];

const cmd = <C extends InventoryCommand>(type: C['type'], data: C['data'], second = 0, actor = alice): C =>
  ({ type, data, metadata: { now: at(second), actor } }) as C;
const checkOut = (holdId: string, bookingId: string, deadline = 900, second = 0, by = alice) =>
  cmd<CheckOutHold>('CheckOutHold', { eventId, holdId, bookingId, expiresAt: iso(deadline) }, second, by);
const sell = (holdId: string, bookingId: string, second = 0) =>
  cmd<SellHold>('SellHold', { eventId, holdId, bookingId }, second, system);
const giveBack = (holdId: string, bookingId: string, second = 0) =>
  cmd<ReleaseCheckedOutHold>('ReleaseCheckedOutHold', { eventId, holdId, bookingId }, second, system);

const opened: InventoryEvent = { type: 'InventoryOpened', data: { eventId, capacity: 3, seatIds: seats } };
const held = (holdId: string, seatIds: string[], holderId = 'alice'): SeatsHeld => ({
  type: 'SeatsHeld',
  data: { eventId, holdId, holderId, quantity: seatIds.length, expiresAt: iso(600), seatIds },
});
const checkedOut = (holdId: string, bookingId: string, seatIds: string[], deadline = 900): HoldCheckedOut => ({
  type: 'HoldCheckedOut',
  data: { eventId, holdId, holderId: 'alice', bookingId, quantity: seatIds.length, expiresAt: iso(deadline), seatIds },
});
const soldTo = (holdId: string, bookingId: string, seatIds: string[]): SeatsSold => ({
  type: 'SeatsSold',
  data: { eventId, holdId, holderId: 'alice', bookingId, quantity: seatIds.length, seatIds },
});

const given = scenario(inventoryDecider).given;
const base = [opened, held('h1', ['hall:A:1', 'hall:A:2'])];

describe('CheckOutHold', () => {
  it("hands the holder's active hold to the booking until its payment deadline", () => {
    given(base)
      .when(checkOut('h1', 'b1', 900))
      .then([checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'], 900)]);
  });

  it('is a no-op for the same booking (a retried checkout)', () => {
    given([...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(checkOut('h1', 'b1'))
      .then([]);
  });

  it('refuses a second checkout of one hold', () => {
    const error = given([...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(checkOut('h1', 'b2'))
      .thenFails('inventory.hold-checked-out');
    expect(error.kind).toBe('conflict');
  });

  it("refuses another person's hold as if there were none", () => {
    given(base)
      .when(checkOut('h1', 'b1', 900, 0, bob))
      .thenFails('inventory.hold-not-found');
  });

  it('refuses an expired, released or unknown hold', () => {
    given(base)
      .when(checkOut('h1', 'b1', 900, 601))
      .thenFails('inventory.hold-not-found');
    const released: InventoryEvent = {
      type: 'HoldReleased',
      data: { eventId, holdId: 'h1', holderId: 'alice', quantity: 2, seatIds: ['hall:A:1', 'hall:A:2'] },
    };
    given([...base, released])
      .when(checkOut('h1', 'b1'))
      .thenFails('inventory.hold-not-found');
    given(base).when(checkOut('nope', 'b1')).thenFails('inventory.hold-not-found');
  });

  it('refuses a deadline that has passed', () => {
    given(base)
      .when(checkOut('h1', 'b1', 0))
      .thenFails('inventory.bad-deadline');
  });

  it('keeps the seats taken past the deadline until the booking ends it (no clock decides a late payment)', () => {
    const state = fold(inventoryDecider, [...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'], 900)]);
    expect(isTaken(state, 'hall:A:1', at(5000))).toBe(true);
    expect(freeSeats(state, at(5000))).toBe(1);
  });

  it('leaves a checked-out hold alone: neither its holder nor the hold sweep ends it', () => {
    const history = [...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'], 900)];
    given(history)
      .when(cmd<ReleaseHold>('ReleaseHold', { eventId, holdId: 'h1' }))
      .thenFails('inventory.hold-checked-out');
    given(history)
      .when(cmd<ExpireHold>('ExpireHold', { eventId, holdId: 'h1' }, 5000, system))
      .then([]);
  });

  it('refuses to hold its seats for anyone else', () => {
    given([...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'], 900)])
      .when(
        cmd<HoldSeats>(
          'HoldSeats',
          { eventId, holdId: 'h2', quantity: 1, ttlSeconds: 600, seatIds: ['hall:A:1'], rules: { maxPerOrder: 10 } },
          5000,
          bob,
        ),
      )
      .thenFails('inventory.seats-taken');
  });
});

describe('SellHold', () => {
  const out = [...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'])];

  it('sells the places of a hold checked out to the booking, for good', () => {
    given(out)
      .when(sell('h1', 'b1'))
      .then([soldTo('h1', 'b1', ['hall:A:1', 'hall:A:2'])]);
    const state = fold(inventoryDecider, [...out, soldTo('h1', 'b1', ['hall:A:1', 'hall:A:2'])]);
    expect(freeSeats(state, at(99_999))).toBe(1);
    expect(isTaken(state, 'hall:A:2', at(99_999))).toBe(true);
    expect(state.holds.has('h1')).toBe(false);
  });

  it('is a no-op the second time', () => {
    given([...out, soldTo('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(sell('h1', 'b1'))
      .then([]);
  });

  it('sells nothing of a hold not checked out to this booking (an ordinary hold, another booking, sold to another)', () => {
    given(base).when(sell('h1', 'b1')).then([]);
    given(out).when(sell('h1', 'b2')).then([]);
    given([...out, soldTo('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(sell('h1', 'b2'))
      .then([]);
  });
});

describe('ReleaseCheckedOutHold', () => {
  const out = [...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'])];

  it('gives the seats of an expired booking back (HoldExpired naming the booking)', () => {
    given(out)
      .when(giveBack('h1', 'b1', 901))
      .then([
        {
          type: 'HoldExpired',
          data: {
            eventId,
            holdId: 'h1',
            holderId: 'alice',
            quantity: 2,
            seatIds: ['hall:A:1', 'hall:A:2'],
            bookingId: 'b1',
          },
        },
      ]);
  });

  it('does nothing to a hold that is not the booking’s (sold, another booking, gone)', () => {
    given([...out, soldTo('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(giveBack('h1', 'b1'))
      .then([]);
    given(out).when(giveBack('h1', 'b2')).then([]);
    given(base).when(giveBack('h1', 'b1')).then([]);
  });
});

describe('AbandonCheckout', () => {
  const out = [...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'], 900)];
  const abandon = (bookingId: string) =>
    cmd<AbandonCheckout>('AbandonCheckout', { eventId, holdId: 'h1', bookingId }, 10, alice);
  const abandoned: InventoryEvent = {
    type: 'HoldCheckoutAbandoned',
    data: {
      eventId,
      holdId: 'h1',
      holderId: 'alice',
      bookingId: 'b1',
      quantity: 2,
      expiresAt: iso(600),
      seatIds: ['hall:A:1', 'hall:A:2'],
    },
  };

  it('gives the hold back to its holder with its own expiry', () => {
    given(out).when(abandon('b1')).then([abandoned]);
    const state = fold(inventoryDecider, [...out, abandoned]);
    expect(state.holds.get('h1')).toEqual({
      holderId: 'alice',
      quantity: 2,
      expiresAt: at(600).getTime(),
      seatIds: ['hall:A:1', 'hall:A:2'],
    });
    expect(isTaken(state, 'hall:A:1', at(599))).toBe(true);
    expect(isTaken(state, 'hall:A:1', at(600))).toBe(false); // an ordinary hold again: it lapses
    given([...out, abandoned])
      .when(checkOut('h1', 'b2', 900, 10))
      .then([checkedOut('h1', 'b2', ['hall:A:1', 'hall:A:2'])]);
  });

  it('does nothing to a hold that is not in this checkout', () => {
    given(out).when(abandon('b2')).then([]);
    given(base).when(abandon('b1')).then([]);
    given([...out, soldTo('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(abandon('b1'))
      .then([]);
  });
});

describe('CloseInventory with a checkout under way', () => {
  it('cancels the checked-out hold too, naming its booking (whose policy then cancels the booking)', () => {
    given([...base, checkedOut('h1', 'b1', ['hall:A:1', 'hall:A:2'])])
      .when(cmd<CloseInventory>('CloseInventory', { eventId, reason: 'Storm' }, 5000, system))
      .then([
        {
          type: 'HoldCancelled',
          data: {
            eventId,
            holdId: 'h1',
            holderId: 'alice',
            quantity: 2,
            seatIds: ['hall:A:1', 'hall:A:2'],
            bookingId: 'b1',
            reason: 'Storm',
          },
        },
        { type: 'InventoryClosed', data: { eventId, reason: 'Storm' } },
      ]);
  });
});
