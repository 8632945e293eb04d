import { randomUUID } from 'node:crypto';
import {
  type EventStore,
  type EventToAppend,
  type SubscribeOptions,
  type Subscription,
  SqliteEventStore,
  withHeldSubscriptions,
} from '@booking/event-store';
import { MemoryReadStore, type ReadStore } from '@booking/read-store';
import { ALL_PROJECTIONS, eventAvailabilityProjection } from '../read-models';
import { ProjectionRunner } from './projection-runner';
import { ProjectionFeed } from './projection-feed';
import { measureLag } from './projection-lag';
import { CHECKPOINTS, ProjectionWorker } from './projection-worker';
import { StoredDirectory } from './stored-directory';

const now = () => new Date('2030-01-01T00:00:00Z');
const meta = {
  correlationId: 'c',
  causationId: 'c',
  actor: 'test',
  schemaVersion: 1,
  occurredAt: '2030-01-01T00:00:00Z',
};
const event = (type: string, data: Record<string, unknown>): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: meta,
});

async function seed(store: SqliteEventStore, events = 3, holdsEach = 20) {
  const ids = Array.from({ length: events }, () => randomUUID());
  for (const eventId of ids) {
    await store.append(`inventory-${eventId}`, [event('InventoryOpened', { eventId, capacity: 100 })], 'no_stream');
    for (let i = 0; i < holdsEach; i++) {
      const holdId = randomUUID();
      await store.append(
        `inventory-${eventId}`,
        [event('SeatsHeld', { eventId, holdId, holderId: 'u', quantity: 2, expiresAt: '2030-01-01T00:10:00Z' })],
        'any',
      );
      if (i % 4 === 0)
        await store.append(
          `inventory-${eventId}`,
          [event('HoldReleased', { eventId, holdId, holderId: 'u', quantity: 2 })],
          'any',
        );
    }
  }
  return ids;
}

/** Resolves once the runner's projections have passed `position`: no deadline of its own (Jest's timeout ends a hang). */
function reached(runner: ProjectionRunner, position: bigint): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (runner.positionNow() < position) return;
      stop();
      resolve();
    };
    const stop = runner.onAdvance(check);
    check();
  });
}

/** The promise, or a failure naming what did not happen within 10 s (not Jest's 2 minutes). */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), 10_000)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('projection runner', () => {
  let store: SqliteEventStore;
  let readStore: ReadStore;
  beforeEach(() => {
    store = new SqliteEventStore({ path: ':memory:', pollIntervalMs: 10 });
    readStore = new MemoryReadStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('is idempotent when run twice over the same events', async () => {
    const [eventId] = await seed(store, 1, 10);
    const worker = new ProjectionWorker(eventAvailabilityProjection, 'availability_test', readStore, { now });
    const events = await store.readAll();
    await worker.apply(events);
    const once = await readStore.collection('availability_test').find();
    await worker.apply(events);
    await worker.apply(events.slice(3));
    expect(await readStore.collection('availability_test').find()).toEqual(once);
    expect(once).toEqual([expect.objectContaining({ _id: eventId, capacity: 100, held: 14, free: 86 })]); // 10 holds of 2, 3 released
  });

  it('never moves the checkpoint past a write that failed', async () => {
    await seed(store, 1, 5);
    const failing = new MemoryReadStore();
    const original = failing.collection.bind(failing);
    let fail = true;
    failing.collection = ((name: string) => {
      const collection = original(name);
      if (name !== 'availability_fail') return collection;
      return Object.assign(Object.create(collection), {
        bulkWrite: async (ops: never[]) => {
          if (fail) throw new Error('disk full');
          return collection.bulkWrite(ops);
        },
      });
    }) as typeof failing.collection;
    const errors: unknown[] = [];
    let failed!: () => void;
    const stopped = new Promise<void>((resolve) => (failed = resolve));
    const worker = new ProjectionWorker(eventAvailabilityProjection, 'availability_fail', failing, {
      now,
      onError: (_w, e) => (errors.push(e), failed()),
    });
    await worker.prepare();
    const feed = new ProjectionFeed(store, [worker]);
    feed.start();
    await stopped; // the feed reports the failure and stops reading
    await feed.stop();
    expect(errors).toHaveLength(1);
    expect(await failing.collection(CHECKPOINTS).findOne({ _id: 'availability_fail' })).toBeNull();
    fail = false;
    const retry = new ProjectionWorker(eventAvailabilityProjection, 'availability_fail', failing, { now });
    await retry.prepare();
    const again = new ProjectionFeed(store, [retry]);
    again.start();
    await retry.whenCaughtUp();
    expect(await failing.collection('availability_fail').findOne({})).toMatchObject({ held: 6 }); // 5 holds of 2, 2 released
    await again.stop();
  });

  it('reads the log again from its checkpoint when a read fails, losing no event', async () => {
    const [eventId] = await seed(store, 1, 5); // 8 events: opened, 5 holds, 2 releases
    let reads = 0;
    // The first subscription fails on its second batch, as a log read does when the key store is down.
    const flaky: EventStore = Object.assign(Object.create(store) as EventStore, {
      subscribeToAll: (options?: SubscribeOptions): Subscription => {
        const inner = store.subscribeToAll(options);
        if (++reads > 1) return inner;
        return {
          close: () => inner.close(),
          async *[Symbol.asyncIterator]() {
            let batches = 0;
            for await (const message of inner) {
              if (message.kind === 'events' && ++batches === 2) throw new Error('key store down');
              yield message;
            }
          },
        };
      },
    });
    const workerErrors: unknown[] = [];
    const readErrors: unknown[] = [];
    const worker = new ProjectionWorker(eventAvailabilityProjection, 'availability_flaky', readStore, {
      now,
      onError: (_w, error) => workerErrors.push(error),
    });
    await worker.prepare();
    const feed = new ProjectionFeed(flaky, [worker], {
      batchSize: 2,
      retry: { firstMs: 10, maxMs: 10 },
      onReadError: (error) => readErrors.push(error),
    });
    feed.start();
    await within(worker.whenCaughtUp(), 'the feed never caught up');
    await feed.stop();
    expect(readErrors).toEqual([new Error('key store down')]);
    expect(workerErrors).toEqual([]);
    expect(reads).toBe(2);
    expect(worker.position).toBe(await store.headPosition());
    expect(await readStore.collection('availability_flaky').findOne({ _id: eventId })).toMatchObject({ held: 6 });
  });

  it('keeps retrying a log that cannot be read, and stops when told to', async () => {
    await seed(store, 1, 1);
    const broken: EventStore = Object.assign(Object.create(store) as EventStore, {
      subscribeToAll: (): Subscription => ({
        close: async () => undefined,
        // eslint-disable-next-line require-yield -- it fails before its first message
        async *[Symbol.asyncIterator]() {
          throw new Error('key store down');
        },
      }),
    });
    const attempts: number[] = [];
    let retried!: () => void;
    const thrice = new Promise<void>((resolve) => (retried = resolve));
    const worker = new ProjectionWorker(eventAvailabilityProjection, 'availability_broken', readStore, { now });
    await worker.prepare();
    const feed = new ProjectionFeed(broken, [worker], {
      retry: { firstMs: 5, maxMs: 20 },
      onReadError: (_error, attempt, retryInMs) => {
        attempts.push(retryInMs);
        if (attempt === 3) retried();
      },
    });
    feed.start();
    await within(thrice, 'the read error was never reported');
    await feed.stop();
    expect(attempts.slice(0, 3)).toEqual([5, 10, 20]); // a growing pause, capped
    expect(worker.position).toBe(0n);
    expect(await readStore.collection(CHECKPOINTS).findOne({ _id: 'availability_broken' })).toBeNull();
  });

  it('rebuilds from position 0 to exactly the state the live projector reached', async () => {
    await seed(store, 4, 25);
    const runner = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now, batchSize: 7 });
    await runner.start();
    await runner.ready();
    await seed(store, 2, 10); // live events after catching up
    const head = await store.headPosition();
    await reached(runner, head);
    for (const projection of ALL_PROJECTIONS) {
      const live = await readStore
        .collection((await runner.collectionName(projection.name))!)
        .find({}, { sort: { _id: 1 } });
      const { collection } = await runner.rebuild(projection.name);
      expect(await runner.collectionName(projection.name)).toBe(collection);
      expect(await readStore.collection(collection).find({}, { sort: { _id: 1 } })).toEqual(live);
    }
    await runner.stop();
  });

  it('versions a read model by its last write, not by the events it ignores', async () => {
    await seed(store, 1, 3);
    const runner = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now });
    await runner.start();
    await runner.ready();
    const stored = new StoredDirectory(readStore, store, ALL_PROJECTIONS, 0);
    const first = await runner.version('event-availability');
    expect(first).toEqual({
      collection: await runner.collectionName('event-availability'),
      changedAt: expect.any(BigInt),
      position: await store.headPosition(),
    });
    expect(await stored.version('event-availability')).toEqual(first);

    await store.append('elsewhere-1', [event('SomethingUnrelated', { eventId: 'x' })], 'no_stream');
    await reached(runner, await store.headPosition());
    const ignored = await runner.version('event-availability');
    expect(ignored).toEqual({ ...first, position: await store.headPosition() }); // read on, content unchanged
    expect(await stored.version('event-availability')).toEqual(ignored);

    await seed(store, 1, 1);
    await reached(runner, await store.headPosition());
    const second = await runner.version('event-availability');
    expect(second!.changedAt).toBeGreaterThan(first!.changedAt);
    expect(await stored.version('event-availability')).toEqual(second);

    await runner.rebuild('event-availability');
    expect((await runner.version('event-availability'))!.collection).not.toBe(second!.collection);
    expect(await runner.version('no-such-projection')).toBeUndefined();
    await runner.stop();
  });

  it('resumes from its stored checkpoints on a persistent read store', async () => {
    await seed(store, 1, 5);
    const first = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now });
    await first.start();
    await first.ready();
    const collection = await first.collectionName('event-availability');
    await first.stop();
    await seed(store, 1, 5);
    const second = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now });
    await second.start();
    await second.ready();
    expect(await second.collectionName('event-availability')).toBe(collection); // same version: no rebuild
    await reached(second, await store.headPosition());
    expect(await readStore.collection(collection!).countDocuments()).toBe(2);
    await second.stop();
  });

  it('reports lag as it is now: caught up, then behind again when the log moves on without it', async () => {
    await seed(store, 1, 3);
    const runner = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now });
    await runner.start();
    await runner.ready();
    const caughtUp = await measureLag(store, runner.positions());
    expect(caughtUp).toMatchObject({ head: String(await store.headPosition()), caughtUp: true });
    expect(caughtUp.projections['event-availability']).toMatchObject({ behind: 0, caughtUp: true });
    await runner.stop(); // the projections stop reading; the log goes on
    await seed(store, 1, 5); // 1 opening, 5 holds, 2 releases
    const behind = await measureLag(store, runner.positions());
    expect(behind.caughtUp).toBe(false);
    expect(behind.projections['event-availability']).toMatchObject({ behind: 8, behindCapped: false, caughtUp: false });
    expect(behind.projections['accounts']).toMatchObject({ behind: 0, caughtUp: true }); // reads none of them
    const capped = await measureLag(store, runner.positions(), 3);
    expect(capped.projections['event-availability']).toMatchObject({ behind: 3, behindCapped: true, caughtUp: false });
  });

  it('tells how far the projections a query reads have got, apart from the others', async () => {
    await seed(store, 1, 2);
    const runner = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now });
    await runner.start();
    await runner.ready();
    await runner.stop();
    const head = await store.headPosition();
    const holds = (await runner.collectionName('holds'))!;
    await readStore.collection(CHECKPOINTS).updateOne({ _id: holds }, { $set: { position: 0 } }); // holds lags
    const stored = new StoredDirectory(readStore, store, ALL_PROJECTIONS, 0);
    expect(await stored.position()).toBe(0n);
    expect(await stored.position(['event-availability', 'catalog-events'])).toBe(head);
    expect(await stored.waitFor(head, 0, ['event-availability'])).toBe(true);
    expect(await stored.waitFor(head, 0, ['holds'])).toBe(false);
    expect(await stored.waitFor(head, 0)).toBe(false);
  });

  it('runs a rebuild in the background and tells its progress, and how it ended', async () => {
    await seed(store, 2, 5);
    const log = withHeldSubscriptions(store);
    const runner = new ProjectionRunner(log.store, readStore, ALL_PROJECTIONS, { now });
    await runner.start();
    await runner.ready();
    log.hold();
    const { id, finished } = await runner.startRebuild('event-availability');
    expect(runner.rebuilds.status(id)).toMatchObject({
      id,
      projection: 'event-availability',
      state: 'running',
      position: '0',
      events: 0,
    });
    await expect(runner.startRebuild('event-availability')).rejects.toThrow(/already being rebuilt/);
    log.release();
    await finished;
    const done = runner.rebuilds.status(id)!;
    expect(done).toMatchObject({ state: 'done', position: String(await store.headPosition()), events: 16 });
    expect(done.finishedAt).toEqual(expect.any(String));
    expect(await runner.collectionName('event-availability')).toBe(done.collection);
    await runner.stop();
  });

  it('marks a rebuild that cannot write as failed and keeps serving the live collection', async () => {
    await seed(store, 1, 2);
    let failWrites = false;
    const original = readStore.collection.bind(readStore);
    readStore.collection = ((name: string) => {
      const collection = original(name);
      if (!failWrites || !name.startsWith('holds__')) return collection;
      return Object.assign(Object.create(collection), {
        bulkWrite: async () => {
          throw new Error('disk full');
        },
      });
    }) as typeof readStore.collection;
    const runner = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now });
    await runner.start();
    await runner.ready();
    const live = await runner.collectionName('holds');
    failWrites = true;
    const { id, finished } = await runner.startRebuild('holds');
    await finished;
    expect(runner.rebuilds.status(id)).toMatchObject({ state: 'failed', error: 'disk full' });
    expect(await runner.collectionName('holds')).toBe(live);
    expect(await readStore.listCollections()).not.toContain(runner.rebuilds.status(id)!.collection);
    failWrites = false;
    await expect(runner.startRebuild('holds')).resolves.toMatchObject({ id: expect.any(String) }); // not stuck "already running"
    await runner.stop();
  });
});
