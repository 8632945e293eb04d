import { EVENT_STORE, type EventStore, SqliteEventStore, type Subscription } from '@booking/event-store';
import { type TestApp, people, startTestApp } from './testing/test-app';

/**
 * The SQLite store with subscriptions that behave like KurrentDB's filtered ones between two
 * server search windows: they send no checkpoint over the events they skip.
 */
function withoutSkipCheckpoints(inner: EventStore): EventStore {
  const subscribeToAll: EventStore['subscribeToAll'] = (options) => {
    const subscription = inner.subscribeToAll(options);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const message of subscription) if (message.kind !== 'checkpoint') yield message;
      },
      close: () => subscription.close(),
    } satisfies Subscription;
  };
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'subscribeToAll') return subscribeToAll;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

// A keyed command ends with CommandResponseRecorded, which no projection reads: a query naming the
// head after it is answered at once, not with a 503 after waiting for traffic that never comes.
describe('read-your-writes when checkpoints do not follow skipped events', () => {
  let t: TestApp;
  beforeAll(async () => {
    const store = withoutSkipCheckpoints(new SqliteEventStore({ path: ':memory:', pollIntervalMs: 10 }));
    t = await startTestApp({ env: { CONSISTENCY_WAIT_MS: '3000' }, overrides: { eventStore: store } });
  });
  afterAll(async () => t.close());

  it('answers a query naming a position whose events no projection reads', async () => {
    const { eventId } = await t.publishedEvent(10);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 2 },
      headers: { 'idempotency-key': 'ryw-1' },
    });
    expect(hold.status).toBe(201);
    const store = t.app.get<EventStore>(EVENT_STORE);
    const head = await store.headPosition();
    const [last] = await store.readAll({ after: BigInt(hold.body.position) });
    expect(last).toMatchObject({ type: 'CommandResponseRecorded', position: head }); // the log ends with it
    const seats = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': String(head) },
    });
    expect(seats.status).toBe(200);
    expect(seats.body).toMatchObject({ held: 2, free: 8 });
  });
});
