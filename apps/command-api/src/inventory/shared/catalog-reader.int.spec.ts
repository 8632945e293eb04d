import { randomUUID } from 'node:crypto';
import { type CatalogEvent, catalogStream } from '@booking/domain';
import { type EventStore, type ReadStreamOptions, SqliteEventStore } from '@booking/event-store';
import { CatalogReader } from './catalog-reader';

const metadata = {
  correlationId: 'c',
  causationId: 'c',
  actor: 'org',
  schemaVersion: 1,
  occurredAt: '2030-01-01T00:00:00Z',
};
const created = (eventId: string): CatalogEvent => ({
  type: 'EventCreated',
  data: {
    eventId,
    organizerId: 'org',
    title: 'Reader Night',
    description: '',
    category: 'music',
    startsAt: '2030-06-01T18:00:00.000Z',
    venue: { name: 'Hall', city: 'Oslo', country: 'NO' },
    capacity: 10,
  },
});
const limited = (eventId: string, maxTicketsPerOrder: number): CatalogEvent => ({
  type: 'EventDetailsUpdated',
  data: { eventId, changes: { maxTicketsPerOrder }, buyerFacing: false },
});

/** A store whose stream reads are counted and can be held back until `release()`. */
function watched(store: EventStore) {
  const reads: (bigint | undefined)[] = [];
  let gate: Promise<void> | undefined;
  let open = () => {};
  return {
    reads,
    hold: () => (gate = new Promise((resolve) => (open = resolve))),
    release: () => open(),
    store: new Proxy(store, {
      get(target, key, receiver) {
        if (key !== 'readStream') return Reflect.get(target, key, receiver) as unknown;
        return async (stream: string, options?: ReadStreamOptions) => {
          reads.push(options?.fromRevision);
          const result = target.readStream(stream, options); // read now: what exists when the read starts
          await gate;
          return result;
        };
      },
    }),
  };
}

describe('CatalogReader', () => {
  let base: SqliteEventStore;
  const append = (eventId: string, event: CatalogEvent) =>
    base.append(catalogStream(eventId), [{ id: randomUUID(), ...event, metadata }], 'any');
  beforeEach(() => {
    base = new SqliteEventStore({ path: ':memory:' });
  });
  afterEach(() => base.close());

  it('folds the stream once, then reads only what was appended since', async () => {
    const eventId = randomUUID();
    const w = watched(base);
    const reader = new CatalogReader(w.store);
    await append(eventId, created(eventId));
    expect((await reader.current(eventId)).status).toBe('draft');
    await append(eventId, limited(eventId, 4));
    const state = await reader.current(eventId);
    expect(state.status !== 'none' && state.details.maxTicketsPerOrder).toBe(4);
    expect(w.reads).toEqual([0n, 1n]);
  });

  it('lets concurrent callers share reads', async () => {
    const eventId = randomUUID();
    await append(eventId, created(eventId));
    const w = watched(base);
    const reader = new CatalogReader(w.store);
    const states = await Promise.all(Array.from({ length: 20 }, () => reader.current(eventId)));
    expect(states.every((s) => s.status === 'draft')).toBe(true);
    expect(w.reads.length).toBeLessThanOrEqual(2);
  });

  it('serves the callers of one turn of the event loop with one read', async () => {
    const eventId = randomUUID();
    await append(eventId, created(eventId));
    const w = watched(base);
    const reader = new CatalogReader(w.store);
    await reader.current(eventId);
    // Requests parsed in one turn ask from callbacks of one phase, microtasks drained between them:
    const asks = Array.from(
      { length: 10 },
      () => new Promise((resolve) => setImmediate(() => resolve(reader.current(eventId)))),
    );
    await Promise.all(asks);
    expect(w.reads).toHaveLength(2);
  });

  it('never answers a caller with a read that started before it asked', async () => {
    const eventId = randomUUID();
    await append(eventId, created(eventId));
    const w = watched(base);
    const reader = new CatalogReader(w.store);
    w.hold();
    const early = reader.current(eventId); // its read starts on the next turn, before the change
    while (w.reads.length === 0) await new Promise(setImmediate);
    await append(eventId, limited(eventId, 2));
    const late = reader.current(eventId); // asked after the change: must see it
    w.release();
    const [before, after] = await Promise.all([early, late]);
    expect(before.status !== 'none' && before.details.maxTicketsPerOrder).toBeUndefined();
    expect(after.status !== 'none' && after.details.maxTicketsPerOrder).toBe(2);
  });
});
