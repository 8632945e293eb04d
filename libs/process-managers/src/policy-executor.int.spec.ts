import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { SqliteEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { definePolicy } from './policy';
import { PolicyExecutor } from './policy-executor';

const now = new Date('2030-01-01T00:00:00Z');

/**
 * A policy whose command is no no-op for its decider: every run mints a new hold. Only the
 * executor's idempotency (by the trigger's id) keeps a repeated trigger from holding twice.
 */
const holdOnPublish = definePolicy({
  id: 'policy:test-hold-on-publish',
  on: ['EventPublished'],
  async handle(event, { execute }) {
    const { eventId } = event.data;
    await execute(inventoryModel, eventId, { type: 'OpenInventory', data: { eventId, capacity: 10 } });
    const hold = { eventId, holdId: randomUUID(), quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 20 } };
    await execute(inventoryModel, eventId, { type: 'HoldSeats', data: hold });
  },
});

describe('PolicyExecutor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policies-'));
  const store = new SqliteEventStore({ path: join(dir, 'log.db') });
  const executor = new PolicyExecutor(new CommandPipeline(store, randomUUID, { clock: new ManualClock(now) }));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const published = (eventId: string, id = randomUUID()) =>
    ({ type: 'EventPublished', data: { eventId, publishedAt: now.toISOString() }, id, correlationId: 'corr' }) as const;

  it('issues the commands as the policy, caused by the trigger, and returns the position reached', async () => {
    const eventId = randomUUID();
    const trigger = published(eventId);
    const reached = await executor.run(holdOnPublish, trigger);
    const events = await store.readStream(`inventory-${eventId}`);
    expect(events.map((e) => e.type)).toEqual(['InventoryOpened', 'SeatsHeld']);
    expect(reached).toBe(events[1].position);
    for (const event of events) {
      expect(event.metadata).toMatchObject({
        actor: 'system:test-hold-on-publish',
        correlationId: 'corr',
        causationId: trigger.id,
        occurredAt: now.toISOString(),
      });
    }
  });

  it('acts once per trigger: the same event handled again appends nothing', async () => {
    const eventId = randomUUID();
    const trigger = published(eventId);
    const first = await executor.run(holdOnPublish, trigger);
    expect(await executor.run(holdOnPublish, trigger)).toBe(first);
    expect(await store.readStream(`inventory-${eventId}`)).toHaveLength(2);
    // Another trigger is another cause: its hold is new (the opening is a no-op for the decider).
    await executor.run(holdOnPublish, published(eventId));
    expect((await store.readStream(`inventory-${eventId}`)).map((e) => e.type)).toEqual([
      'InventoryOpened',
      'SeatsHeld',
      'SeatsHeld',
    ]);
  });

  it('runs inline on the events a command appended that the policy hears, and on no other', async () => {
    const eventId = randomUUID();
    const appended = {
      events: [
        { type: 'EventDetailsUpdated', data: { eventId } },
        { type: 'EventPublished', data: { eventId, publishedAt: now.toISOString() } },
      ],
      eventIds: [randomUUID(), randomUUID()],
    };
    const reached = await executor.react(holdOnPublish, appended, 'corr');
    const events = await store.readStream(`inventory-${eventId}`);
    expect(events.map((e) => e.metadata.causationId)).toEqual([appended.eventIds[1], appended.eventIds[1]]);
    expect(reached).toBe(events[1].position);
    expect(await executor.react(holdOnPublish, { events: [], eventIds: [] }, 'corr')).toBe(0n);
  });
});

// Declarations are typed over the domain events: an event no context has does not compile, and
// `handle` sees only the data of the events in `on`.
definePolicy({
  id: 'policy:typed',
  // @ts-expect-error: no context has an event of that type
  on: ['NoSuchEvent'],
  async handle() {},
});
definePolicy({
  id: 'policy:typed',
  on: ['EventCancelled'],
  async handle(event) {
    // @ts-expect-error: EventCancelled has no capacity
    void event.data.capacity;
  },
});
