import { EVENT_STORE, type EventStore, SqliteEventStore, withSkippedCheckpoints } from '@booking/event-store';
import { type TestApp, people, startTestApp } from './testing/test-app';

// A keyed command ends with CommandResponseRecorded, which no projection reads: a query naming the
// head after it is answered at once, not with a 503 after waiting for traffic that never comes.
describe('read-your-writes when checkpoints do not follow skipped events', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Subscriptions like KurrentDB's filtered ones: no checkpoint over the events they skip.
    const { store } = withSkippedCheckpoints(new SqliteEventStore({ path: ':memory:', pollIntervalMs: 10 }));
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
