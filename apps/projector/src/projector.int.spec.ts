import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import type { Actor } from '@booking/domain';
import { type EventStore, SqliteEventStore, withHeldSubscriptions } from '@booking/event-store';
import { ManualClock, OpsListener, REVOKING_EVENT_TYPES, listen, loadConfig } from '@booking/platform';
import { eventAvailabilityProjection } from '@booking/projections';
import { createProjectorApp } from './create-projector-app';

const now = new Date('2030-01-01T00:00:00Z');
const clock = new ManualClock(now);
const actor: Actor = { userId: 'buyer', roles: ['attendee'] };

/** A log with a backlog: one sale opened and `holds` holds on it. */
async function backlog(path: string, holds: number) {
  const store = new SqliteEventStore({ path });
  const pipeline = new CommandPipeline(store, randomUUID, { clock });
  const eventId = randomUUID();
  const run = (type: 'OpenInventory' | 'HoldSeats', data: object) =>
    pipeline.execute(inventoryModel, eventId, { type, data } as never, { actor, correlationId: 'c' });
  await run('OpenInventory', { eventId, capacity: 1000 });
  for (let i = 0; i < holds; i++)
    await run('HoldSeats', { eventId, holdId: randomUUID(), quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 20 } });
  await store.close();
}

/** The store, counting the reads of the whole log (the lag measurement's) and failing while `down`. */
function watched(inner: EventStore) {
  const state = { down: false, lagReads: 0 };
  const store = new Proxy(inner, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      if (property !== 'readAll' && property !== 'headPosition') return value.bind(target);
      return (...args: [{ filter?: unknown }?]) => {
        if (state.down) return Promise.reject(new Error('store down'));
        if (property === 'readAll' && args[0]?.filter === undefined) state.lagReads++;
        return value.apply(target, args);
      };
    },
  });
  return { store, state };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20)); // poll interval, not a wait for correctness
  }
}

describe('the projector process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'projector-'));
  let app: NestFastifyApplication | undefined;
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens while it catches up, and reports its lag per projection truthfully', async () => {
    const path = join(dir, 'events.db');
    await backlog(path, 30);
    const log = withHeldSubscriptions(new SqliteEventStore({ path }));
    // The projections cannot read the log: catching up takes "forever". The revocation list (a
    // few event types, read before the process answers) is not held.
    log.hold((options) => options?.filter?.eventTypes !== REVOKING_EVENT_TYPES);
    const config = loadConfig({ DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'error', READY_MAX_LAG: '5', INTERNAL_PORT: '0' });
    const { store, state } = watched(log.store);
    app = await createProjectorApp(config, { eventStore: store });
    const url = await listen(app, config); // before: never, until every projection had caught up
    // The detailed health is the ops' (here: the unauthenticated internal port); /ready is public.
    const internal = app.get(OpsListener).url!;
    const get = async (path: string) => {
      const response = await fetch((path.startsWith('/health') ? internal : url) + path);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
    };

    const health = await get('/health/details');
    expect(health.status).toBe(200); // liveness: catching up is not a failure
    const report = health.body.checks.projections;
    expect(report.caughtUp).toBe(false);
    const head = await log.store.headPosition();
    expect(report.head).toBe(String(head));
    const availability = report.projections[eventAvailabilityProjection.name];
    expect(availability).toMatchObject({ position: '0', behind: 31, caughtUp: false }); // 1 opening + 30 holds
    // The policies report how far they are behind the same way (one reads InventoryOpened); they never gate readiness.
    expect(health.body.checks.policies).toMatchObject({ head: String(head), caughtUp: false });
    expect(health.body.checks.policies.policies['policy:event-cancellation']).toMatchObject({
      position: '0',
      behind: 1,
      caughtUp: false,
    });
    const notReady = await get('/ready');
    expect(notReady).toMatchObject({ status: 503, type: 'application/problem+json; charset=utf-8' });
    // readiness: more than READY_MAX_LAG behind; public, so it names no projection and no count
    expect(notReady.body.detail).toBe('Projections are catching up');

    // Probes, health checks and the metrics timer share one measurement (a read of up to 10k events).
    const reads = state.lagReads;
    const probes = ['/ready', '/health', '/health/details'].flatMap((path) =>
      Array.from({ length: 10 }, () => get(path)),
    );
    expect(new Set((await Promise.all(probes)).map((p) => p.status))).toEqual(new Set([200, 503]));
    // Two measurements (the projections' and the policies'), each of which may turn over once meanwhile.
    expect(state.lagReads - reads).toBeLessThanOrEqual(4);

    log.release();
    const caughtUp = await until(
      () => get('/health/details'),
      (h) => h.body.checks.projections.caughtUp === true,
    );
    expect(caughtUp.body.checks.projections.projections[eventAvailabilityProjection.name]).toMatchObject({
      position: String(head),
      behind: 0,
      caughtUp: true,
    });
    const policiesCaughtUp = await until(
      () => get('/health/details'),
      (h) => h.body.checks.policies.caughtUp === true,
    );
    expect(policiesCaughtUp.body.checks.policies.policies['policy:event-cancellation']).toMatchObject({
      behind: 0,
      caughtUp: true,
    });
    expect(await get('/ready')).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect(Object.keys((await get('/ready')).body)).toEqual(['status']);

    // The log cannot be read: not ready (503 problem), not a server error.
    state.down = true;
    const down = await until(
      () => get('/ready'),
      (r) => r.status !== 200, // the last good report is shared for up to a second
    );
    expect(down).toMatchObject({ status: 503, type: 'application/problem+json; charset=utf-8' });
    expect(down.body).toMatchObject({
      type: expect.stringMatching(/\/not-ready$/),
      detail: 'The event log cannot be read',
    });
    state.down = false;
  }, 30_000); // without listening first, the app never starts: fail in 30 s rather than hang
});
