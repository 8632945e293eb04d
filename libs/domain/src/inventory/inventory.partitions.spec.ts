import { type Actor, scenario } from '../kernel';
import type { HoldSeats, OpenInventory, ReleaseHold, ReplanInventory } from './inventory.commands';
import { inventoryDecider } from './inventory.decider';
import type { InventoryEvent } from './inventory.events';
import { inventoryStream } from './inventory.streams';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const now = new Date('2030-01-01T12:00:00.000Z');
const expiresAt = new Date(now.getTime() + 600_000).toISOString();
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const system: Actor = { userId: 'system', roles: [] };
const given = scenario(inventoryDecider).given;

// Row A has 4 seats, row B 3: ids as expandPlan makes them.
const seats = ['stalls:A:1', 'stalls:A:2', 'stalls:A:3', 'stalls:A:4', 'stalls:B:1', 'stalls:B:2', 'stalls:B:3'];
const opened: InventoryEvent = {
  type: 'InventoryOpened',
  data: { eventId, sectionId: 'stalls', capacity: seats.length, seatIds: seats, planVersion: 1 },
};
const standing: InventoryEvent = {
  type: 'InventoryOpened',
  data: { eventId, sectionId: 'floor', capacity: 100, planVersion: 1 },
};
const hold = (holdId: string, quantity: number, seatIds?: string[], at = now): HoldSeats => ({
  type: 'HoldSeats',
  data: {
    eventId,
    sectionId: 'stalls',
    holdId,
    quantity,
    ttlSeconds: 600,
    ...(seatIds ? { seatIds } : {}),
    rules: { maxPerOrder: 20 },
  },
  metadata: { now: at, actor: alice },
});
const held = (holdId: string, seatIds: string[]): InventoryEvent => ({
  type: 'SeatsHeld',
  data: { eventId, sectionId: 'stalls', holdId, holderId: 'alice', quantity: seatIds.length, expiresAt, seatIds },
});
const replan = (planVersion: number, seatIds: string[]): ReplanInventory => ({
  type: 'ReplanInventory',
  data: { eventId, sectionId: 'stalls', capacity: seatIds.length, seatIds, planVersion },
  metadata: { now, actor: system },
});

describe('inventory partitions', () => {
  it('names one stream per section, and keeps the old name for events without a plan', () => {
    expect(inventoryStream(eventId)).toBe(`inventory-${eventId}`);
    expect(inventoryStream(eventId, 'stalls')).toBe(`inventory-${eventId}.stalls`);
  });

  it('opens a seated partition with its seats, and refuses seats that do not match the capacity', () => {
    const open = (capacity: number, seatIds: string[]): OpenInventory => ({
      type: 'OpenInventory',
      data: { eventId, sectionId: 'stalls', capacity, seatIds, planVersion: 1 },
      metadata: { now, actor: system },
    });
    given([]).when(open(seats.length, seats)).then([opened]);
    given([]).when(open(3, seats)).thenFails('inventory.bad-capacity');
    given([])
      .when(open(2, ['stalls:A:1', 'stalls:A:1']))
      .thenFails('inventory.bad-capacity');
  });

  it('holds the seats asked for, naming the section', () => {
    given([opened])
      .when(hold('h1', 2, ['stalls:A:1', 'stalls:A:2']))
      .then([held('h1', ['stalls:A:1', 'stalls:A:2'])]);
  });

  it('refuses unknown, taken and miscounted seats', () => {
    expect(
      given([opened])
        .when(hold('h1', 1, ['stalls:Z:9']))
        .thenFails('inventory.unknown-seat').details,
    ).toEqual({
      seats: ['stalls:Z:9'],
    });
    const taken = given([opened, held('h0', ['stalls:A:2'])])
      .when(hold('h1', 2, ['stalls:A:1', 'stalls:A:2']))
      .thenFails('inventory.seats-taken');
    expect(taken).toMatchObject({ kind: 'conflict', details: { seats: ['stalls:A:2'] } });
    given([opened])
      .when(hold('h1', 3, ['stalls:A:1', 'stalls:A:2']))
      .thenFails('inventory.bad-quantity');
  });

  it('gives a seat again once its hold has lapsed, even before HoldExpired is appended', () => {
    const later = new Date(now.getTime() + 601_000);
    given([opened, held('h0', ['stalls:A:1'])])
      .when(hold('h1', 1, ['stalls:A:1'], later))
      .then([
        {
          type: 'SeatsHeld',
          data: {
            eventId,
            sectionId: 'stalls',
            holdId: 'h1',
            holderId: 'alice',
            quantity: 1,
            expiresAt: new Date(later.getTime() + 600_000).toISOString(),
            seatIds: ['stalls:A:1'],
          },
        },
      ]);
  });

  it('picks the best available: adjacent seats in the front-most row that has them', () => {
    given([opened])
      .when(hold('h1', 2))
      .then([held('h1', ['stalls:A:1', 'stalls:A:2'])]);
    given([opened, held('h0', ['stalls:A:2'])])
      .when(hold('h1', 2))
      .then([held('h1', ['stalls:A:3', 'stalls:A:4'])]);
    // No row has three together: the group sits in two rows, one behind the other.
    given([opened, held('h0', ['stalls:A:2', 'stalls:B:2'])])
      .when(hold('h1', 3))
      .then([held('h1', ['stalls:A:3', 'stalls:A:4', 'stalls:B:1'])]);
    given([opened, held('h0', seats.slice(0, 6))])
      .when(hold('h1', 2))
      .thenFails('inventory.insufficient-seats');
  });

  it('releases seats with the hold, so they can be held again', () => {
    const release: ReleaseHold = {
      type: 'ReleaseHold',
      data: { eventId, holdId: 'h0' },
      metadata: { now, actor: alice },
    };
    given([opened, held('h0', ['stalls:A:1'])])
      .when(release)
      .then([
        {
          type: 'HoldReleased',
          data: { eventId, sectionId: 'stalls', holdId: 'h0', holderId: 'alice', quantity: 1, seatIds: ['stalls:A:1'] },
        },
      ]);
    const releasedEvent: InventoryEvent = {
      type: 'HoldReleased',
      data: { eventId, sectionId: 'stalls', holdId: 'h0', holderId: 'alice', quantity: 1, seatIds: ['stalls:A:1'] },
    };
    given([opened, held('h0', ['stalls:A:1']), releasedEvent])
      .when(hold('h1', 1, ['stalls:A:1']))
      .then([held('h1', ['stalls:A:1'])]);
  });

  it('refuses seat ids in a standing area', () => {
    const command: HoldSeats = {
      type: 'HoldSeats',
      data: {
        eventId,
        sectionId: 'floor',
        holdId: 'h1',
        quantity: 1,
        ttlSeconds: 600,
        seatIds: ['floor:A:1'],
        rules: { maxPerOrder: 20 },
      },
      metadata: { now, actor: alice },
    };
    given([standing]).when(command).thenFails('inventory.no-assigned-seats');
  });

  it('brings an open partition to a newer plan version when asked to open it again', () => {
    const more = [...seats, 'stalls:C:1'];
    const reopen: OpenInventory = {
      type: 'OpenInventory',
      data: { eventId, sectionId: 'stalls', capacity: more.length, seatIds: more, planVersion: 2 },
      metadata: { now, actor: system },
    };
    given([opened])
      .when(reopen)
      .then([
        {
          type: 'InventoryReplanned',
          data: { eventId, sectionId: 'stalls', capacity: 8, seatIds: more, planVersion: 2 },
        },
      ]);
    given([opened])
      .when({ ...reopen, data: { ...reopen.data, planVersion: 1 } })
      .then([]);
  });

  it('re-plans once per plan version: new seats sell, and the partition can close', () => {
    const more = [...seats, 'stalls:C:1'];
    given([opened])
      .when(replan(2, more))
      .then([
        {
          type: 'InventoryReplanned',
          data: { eventId, sectionId: 'stalls', capacity: 8, seatIds: more, planVersion: 2 },
        },
      ]);
    const replanned: InventoryEvent = {
      type: 'InventoryReplanned',
      data: { eventId, sectionId: 'stalls', capacity: 8, seatIds: more, planVersion: 2 },
    };
    given([opened, replanned]).when(replan(2, more)).then([]);
    given([]).when(replan(2, more)).then([]);
    given([opened, replanned])
      .when(hold('h1', 1, ['stalls:C:1']))
      .then([held('h1', ['stalls:C:1'])]);
    const closed: InventoryEvent = {
      type: 'InventoryReplanned',
      data: { eventId, sectionId: 'stalls', capacity: 0, seatIds: [], planVersion: 3 },
    };
    given([opened]).when(replan(3, [])).then([closed]);
    given([opened, closed]).when(hold('h1', 1)).thenFails('inventory.insufficient-seats');
  });
});
