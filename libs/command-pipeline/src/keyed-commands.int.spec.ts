import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@booking/domain';
import { type ReadStreamOptions, SqliteEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { CommandPipeline } from './command-pipeline';
import { IdempotencyStore } from './idempotency-store';
import { inventoryModel } from './write-models';

const now = new Date('2030-01-01T00:00:00Z');
const clock = new ManualClock(now);
const actor: Actor = { userId: 'buyer', roles: ['attendee'] };
const hold = (eventId: string, holdId = randomUUID()) =>
  ({
    type: 'HoldSeats',
    data: { eventId, holdId, quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 20 } },
  }) as const;
const keyed = (key: string) => ({
  actor,
  correlationId: key,
  idempotencyTag: IdempotencyStore.tag('buyer', key, 'request'),
});

// The recorded response of a keyed command is a second write after its events. These tests stop
// right between the two (no record is ever written) and retry in a fresh process.
describe('keyed commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const held = async (store: SqliteEventStore, eventId: string) =>
    (await store.readStream(`inventory-${eventId}`)).filter((e) => e.type === 'SeatsHeld');

  async function openSale(path: string, capacity = 10) {
    const store = new SqliteEventStore({ path });
    const eventId = randomUUID();
    await new CommandPipeline(store, randomUUID, { clock }).execute(
      inventoryModel,
      eventId,
      { type: 'OpenInventory', data: { eventId, capacity } },
      { actor, correlationId: 'c' },
    );
    return { store, eventId };
  }

  it('replays the first outcome to a retry in a fresh process instead of holding again', async () => {
    const { store, eventId } = await openSale(join(dir, 'crash.db'));
    const command = hold(eventId);
    const first = await new CommandPipeline(store, randomUUID, { clock }).execute(
      inventoryModel,
      eventId,
      command,
      keyed('k1'),
    );
    // The process died before recording the response; the retry lands on another one.
    const restarted = new SqliteEventStore({ path: join(dir, 'crash.db') });
    const retry = await new CommandPipeline(restarted, randomUUID, { clock }).execute(
      inventoryModel,
      eventId,
      command,
      keyed('k1'),
    );
    expect(retry.eventIds).toEqual(first.eventIds);
    expect(retry.events).toEqual(first.events);
    expect(retry.position).toBe(first.position);
    expect(retry.nextRevision).toBe(first.nextRevision);
    expect(retry.state).toEqual(first.state);
    expect(await held(restarted, eventId)).toHaveLength(1);
    await Promise.all([store.close(), restarted.close()]);
  });

  it('replays each command of a group commit its own outcome, and acts on a new key', async () => {
    const { store, eventId } = await openSale(join(dir, 'group.db'));
    let appends = 0;
    const pipeline = new CommandPipeline(store, randomUUID, { clock, onAppended: () => appends++ });
    const commands = ['a', 'b', 'c'].map((key) => ({ key, command: hold(eventId) }));
    const first = await Promise.all(
      commands.map(({ key, command }) => pipeline.execute(inventoryModel, eventId, command, keyed(key))),
    );
    expect(appends).toBe(1); // one batch: the three tags went into one append

    const restarted = new SqliteEventStore({ path: join(dir, 'group.db') });
    const again = new CommandPipeline(restarted, randomUUID, { clock });
    const [retries, fresh] = await Promise.all([
      Promise.all(commands.map(({ key, command }) => again.execute(inventoryModel, eventId, command, keyed(key)))),
      again.execute(inventoryModel, eventId, hold(eventId), keyed('d')),
    ]);
    expect(retries.map((r) => r.eventIds)).toEqual(first.map((f) => f.eventIds));
    const recorded = await held(restarted, eventId);
    // A batch answers every command with the batch's position; a replay knows its own event's.
    expect(retries.map((r) => r.position)).toEqual(recorded.slice(0, 3).map((e) => e.position));
    expect(fresh.eventIds).toEqual([recorded[3].id]);
    expect(recorded).toHaveLength(4);
    await Promise.all([store.close(), restarted.close()]);
  });

  it('replays within the process too, and tells the same key of another request apart', async () => {
    const { store, eventId } = await openSale(join(dir, 'same.db'));
    const pipeline = new CommandPipeline(store, randomUUID, { clock });
    const command = hold(eventId);
    const first = await pipeline.execute(inventoryModel, eventId, command, keyed('k'));
    const retry = await pipeline.execute(inventoryModel, eventId, command, keyed('k'));
    expect(retry.eventIds).toEqual(first.eventIds);
    const otherRequest = { actor, correlationId: 'k', idempotencyTag: IdempotencyStore.tag('buyer', 'k', 'other') };
    await pipeline.execute(inventoryModel, eventId, hold(eventId), otherRequest);
    expect(await held(store, eventId)).toHaveLength(2);
    await store.close();
  });
  it("reads only a replay's own events, off the stream's queue: the commands behind it go on", async () => {
    const { store, eventId } = await openSale(join(dir, 'hot.db'));
    let release!: () => void;
    let replaying!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const replayStarted = new Promise<void>((resolve) => (replaying = resolve));
    const reads: ReadStreamOptions[] = [];
    // Catching up reads without a count; a replay's read of its events is held until released.
    const slowReplays = Object.create(store, {
      readStream: {
        value: async (stream: string, options: ReadStreamOptions = {}) => {
          reads.push(options);
          if (options.maxCount !== undefined) {
            replaying();
            await gate;
          }
          return store.readStream(stream, options);
        },
      },
    }) as SqliteEventStore;
    const pipeline = new CommandPipeline(slowReplays, randomUUID, { clock });
    for (let i = 0; i < 3; i++)
      await pipeline.execute(inventoryModel, eventId, hold(eventId), { actor, correlationId: 'c' });
    const command = hold(eventId);
    const first = await pipeline.execute(inventoryModel, eventId, command, keyed('k'));

    const retry = pipeline.execute(inventoryModel, eventId, command, keyed('k'));
    await replayStarted;
    const next = await pipeline.execute(inventoryModel, eventId, hold(eventId), { actor, correlationId: 'c' });
    expect(next.nextRevision).toBe(first.nextRevision + 1n); // decided and appended while the replay waits
    release();
    const replayed = await retry;
    expect(replayed.eventIds).toEqual(first.eventIds);
    expect(replayed.position).toBe(first.position);
    expect(reads.filter((r) => r.maxCount !== undefined)).toEqual([{ fromRevision: first.nextRevision, maxCount: 1 }]);
    expect(await held(store, eventId)).toHaveLength(5);
    await store.close();
  }, 10_000);
});
