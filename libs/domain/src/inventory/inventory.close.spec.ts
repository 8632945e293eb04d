import { type Actor, fold, scenario } from '../kernel';
import type { CloseInventory, ExpireHold, HoldSeats, OpenInventory, ReleaseHold } from './inventory.commands';
import { inventoryDecider } from './inventory.decider';
import type {
  HoldCancelled,
  HoldExpired,
  HoldReleased,
  InventoryClosed,
  InventoryOpened,
  SeatsHeld,
} from './inventory.events';
import { freeSeats } from './inventory.state';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const system: Actor = { userId: 'system:event-cancellation', roles: [] };
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const reason = 'Storm warning';

const close = (second = 0, why = reason): CloseInventory => ({
  type: 'CloseInventory',
  data: { eventId, reason: why },
  metadata: { now: at(second), actor: system },
});
const opened = (capacity: number): InventoryOpened => ({ type: 'InventoryOpened', data: { eventId, capacity } });
const held = (holdId: string, quantity: number, expiresAtSecond = 600, holderId = 'alice'): SeatsHeld => ({
  type: 'SeatsHeld',
  data: { eventId, holdId, holderId, quantity, expiresAt: at(expiresAtSecond).toISOString() },
});
const released = (holdId: string, quantity: number, holderId = 'alice'): HoldReleased => ({
  type: 'HoldReleased',
  data: { eventId, holdId, holderId, quantity },
});
const expired = (holdId: string, quantity: number, holderId = 'alice'): HoldExpired => ({
  type: 'HoldExpired',
  data: { eventId, holdId, holderId, quantity },
});
const cancelled = (holdId: string, quantity: number, holderId = 'alice'): HoldCancelled => ({
  type: 'HoldCancelled',
  data: { eventId, holdId, holderId, quantity, reason },
});
const closed: InventoryClosed = { type: 'InventoryClosed', data: { eventId, reason } };

const given = scenario(inventoryDecider).given;

describe('CloseInventory', () => {
  it('cancels every active hold, naming holder, seats and reason, then closes sales', () => {
    given([opened(20), held('h1', 2), held('h2', 3, 900, 'bob'), held('h3', 1, 1200)])
      .when(close())
      .then([cancelled('h1', 2), cancelled('h2', 3, 'bob'), cancelled('h3', 1), closed]);
  });

  it('closes an inventory without holds', () => {
    given([opened(20)])
      .when(close())
      .then([closed]);
  });

  it('leaves released, expired and lapsed holds alone (their seats were already free)', () => {
    given([opened(20), held('h1', 2), released('h1', 2), held('h2', 3, 60), expired('h2', 3), held('h3', 4, 120)])
      .when(close(120))
      .then([closed]);
  });

  it('trims the reason and refuses an empty one', () => {
    given([opened(20), held('h1', 2)])
      .when(close(0, `  ${reason}  `))
      .then([cancelled('h1', 2), closed]);
    given([opened(20)])
      .when(close(0, '   '))
      .thenFails('inventory.bad-reason');
  });

  it('is a no-op when run again (the cancellation policy may replay)', () => {
    given([opened(20), held('h1', 2), cancelled('h1', 2), closed])
      .when(close())
      .then([]);
  });

  it('is a no-op when sales never opened', () => {
    given([]).when(close()).then([]);
  });

  describe('after closing', () => {
    const history = [opened(20), held('h1', 2), held('h2', 5, 60), cancelled('h1', 2), closed];

    it('refuses new holds as not on sale', () => {
      const hold: HoldSeats = {
        type: 'HoldSeats',
        data: { eventId, holdId: 'h9', quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 20 } },
        metadata: { now: at(0), actor: alice },
      };
      const error = given(history).when(hold).thenFails('inventory.not-on-sale');
      expect(error.kind).toBe('not-found');
      expect(error.message).toMatch(/sales have closed/);
    });

    it('never reopens', () => {
      const open: OpenInventory = {
        type: 'OpenInventory',
        data: { eventId, capacity: 20 },
        metadata: { now: at(0), actor: system },
      };
      given(history).when(open).then([]);
    });

    it('treats a cancelled hold as gone and still expires a lapsed one', () => {
      const release: ReleaseHold = {
        type: 'ReleaseHold',
        data: { eventId, holdId: 'h1' },
        metadata: { now: at(0), actor: alice },
      };
      given(history).when(release).thenFails('inventory.hold-not-found');
      const expire: ExpireHold = {
        type: 'ExpireHold',
        data: { eventId, holdId: 'h2' },
        metadata: { now: at(60), actor: system },
      };
      given(history)
        .when(expire)
        .then([expired('h2', 5)]);
    });

    it('no longer counts the cancelled seats as held', () => {
      const state = fold(inventoryDecider, history);
      expect(state.status).toBe('ended');
      expect(state.held).toBe(5);
      expect(freeSeats(state, at(0))).toBe(15);
    });
  });
});
