import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Actor, DomainError, allowanceId, fold, inventoryDecider } from '@booking/domain';
import { SqliteEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { CommandPipeline } from './command-pipeline';
import { allowanceModel, inventoryModel } from './write-models';

const now = new Date('2030-01-01T00:00:00Z');
const clock = new ManualClock(now);
const actor: Actor = { userId: 'buyer', roles: ['attendee'] };
const hold = (eventId: string, quantity = 1) =>
  ({
    type: 'HoldSeats',
    data: { eventId, holdId: randomUUID(), quantity, ttlSeconds: 600, rules: { maxPerOrder: 20 } },
  }) as const;

describe('command pipeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function openSale(pipeline: CommandPipeline, capacity: number) {
    const eventId = randomUUID();
    await pipeline.execute(
      inventoryModel,
      eventId,
      { type: 'OpenInventory', data: { eventId, capacity } },
      { actor, correlationId: 'c' },
    );
    return eventId;
  }

  it('commits concurrent commands on one stream in groups, never past capacity', async () => {
    const store = new SqliteEventStore({ path: join(dir, 'group.db') });
    let appends = 0;
    const pipeline = new CommandPipeline(store, randomUUID, { clock, onAppended: () => appends++ });
    const eventId = await openSale(pipeline, 100);
    appends = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, () =>
        pipeline.execute(inventoryModel, eventId, hold(eventId), { actor, correlationId: 'c' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(100);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(
      refusals.every((r) => r.reason instanceof DomainError && r.reason.code === 'inventory.insufficient-seats'),
    ).toBe(true);
    expect(appends).toBeLessThan(20); // 100 holds in a handful of appends, not 100
    const state = fold(
      inventoryDecider,
      (await store.readStream(`inventory-${eventId}`)).map((e) => e as never),
    );
    expect(state.held).toBe(100);
    await store.close();
  });

  it('reads the state of a stream from its cache, caught up with other processes and queued decisions', async () => {
    const path = join(dir, 'read.db');
    const store = new SqliteEventStore({ path });
    const other = new SqliteEventStore({ path });
    let reads = 0;
    const counting = new Proxy(store, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property);
        if (property === 'readStream')
          return (...args: Parameters<SqliteEventStore['readStream']>) => (reads++, target.readStream(...args));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const pipeline = new CommandPipeline(counting, randomUUID, { clock });
    const elsewhere = new CommandPipeline(other, randomUUID, { clock });
    const eventId = await openSale(pipeline, 10);
    const queued = pipeline.execute(inventoryModel, eventId, hold(eventId, 2), { actor, correlationId: 'c' });
    expect((await pipeline.read(inventoryModel, eventId)).held).toBe(2); // includes the hold queued before it
    await queued;
    await elsewhere.execute(inventoryModel, eventId, hold(eventId, 3), { actor, correlationId: 'c' });
    reads = 0;
    expect((await pipeline.read(inventoryModel, eventId)).held).toBe(5); // the other process's hold too
    expect(reads).toBe(1); // one catch-up read from the cached revision, not the stream from its start
    await other.close();
    await store.close();
  });

  it('keeps two processes on one file from overselling (conflicts reload and retry)', async () => {
    const path = join(dir, 'two.db');
    const a = new CommandPipeline(new SqliteEventStore({ path }), randomUUID, { clock });
    const b = new CommandPipeline(new SqliteEventStore({ path }), randomUUID, { clock });
    const eventId = await openSale(a, 50);
    const results = await Promise.allSettled(
      Array.from({ length: 120 }, (_, i) =>
        (i % 2 ? a : b).execute(inventoryModel, eventId, hold(eventId), { actor, correlationId: 'c' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(50);
    const store = new SqliteEventStore({ path });
    const held = (await store.readStream(`inventory-${eventId}`)).filter((e) => e.type === 'SeatsHeld').length;
    expect(held).toBe(50);
    await store.close();
  });

  it('keeps one buyer within the per-buyer limit when two processes reserve at once', async () => {
    const path = join(dir, 'allowance.db');
    const a = new CommandPipeline(new SqliteEventStore({ path }), randomUUID, { clock });
    const b = new CommandPipeline(new SqliteEventStore({ path }), randomUUID, { clock });
    const eventId = randomUUID();
    const reserve = () =>
      ({
        type: 'ReserveAllowance',
        data: {
          eventId,
          holdId: randomUUID(),
          quantity: 2,
          ttlSeconds: 600,
          rules: { maxPerOrder: 2, maxPerBuyer: 9 },
        },
      }) as const;
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).execute(allowanceModel, allowanceId(eventId, actor.userId), reserve(), {
          actor,
          correlationId: 'c',
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4); // 4 × 2 ≤ 9 < 5 × 2
    const store = new SqliteEventStore({ path });
    const recorded = await store.readStream(`allowance-${allowanceId(eventId, actor.userId)}`);
    expect(recorded.filter((e) => e.type === 'AllowanceReserved')).toHaveLength(4);
    await store.close();
  });

  it('refuses a command whose If-Match revision is stale', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const pipeline = new CommandPipeline(store, randomUUID, { clock });
    const eventId = await openSale(pipeline, 5);
    const ok = await pipeline.execute(inventoryModel, eventId, hold(eventId), {
      actor,
      correlationId: 'c',
      expectedRevision: 0n,
    });
    expect(ok.nextRevision).toBe(1n);
    await expect(
      pipeline.execute(inventoryModel, eventId, hold(eventId), { actor, correlationId: 'c', expectedRevision: 0n }),
    ).rejects.toMatchObject({
      kind: 'precondition',
      code: 'concurrency.revision-mismatch',
    });
  });

  it('stamps metadata on every event', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const pipeline = new CommandPipeline(store, randomUUID, { clock });
    const eventId = await openSale(pipeline, 5);
    await pipeline.execute(inventoryModel, eventId, hold(eventId), {
      actor,
      correlationId: 'corr-1',
      causationId: 'cause-1',
    });
    const [, held] = await store.readStream(`inventory-${eventId}`);
    expect(held.metadata).toEqual({
      correlationId: 'corr-1',
      causationId: 'cause-1',
      actor: 'buyer',
      schemaVersion: 1,
      occurredAt: now.toISOString(),
      command: 'HoldSeats',
    });
  });
});
