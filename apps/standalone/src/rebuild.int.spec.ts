import { SqliteEventStore, withHeldSubscriptions } from '@booking/event-store';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('rebuilding a read model beside the live one', () => {
  let t: TestApp;
  // A rebuild reads the log through its own subscription: holding it keeps the rebuild provably running.
  const log = withHeldSubscriptions(new SqliteEventStore({ path: ':memory:' }));
  beforeAll(async () => {
    t = await startTestApp({ overrides: { eventStore: log.store } });
  });
  afterAll(async () => {
    log.release();
    await t.close();
  });

  it('answers 202 at once, keeps answering reads while it runs, then switches to exactly the live state', async () => {
    const events = await Promise.all(Array.from({ length: 6 }, (_, i) => t.publishedEvent(10 + i)));
    for (const { eventId } of events) {
      await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    }
    const held = await t.call('POST', `/api/events/${events[0].eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1 },
    });
    const readStore = t.app.get<ReadStore>(READ_STORE, { strict: false });
    const health = async () =>
      (await t.call('GET', '/health/details', { as: people.ops, headers: { 'x-min-position': held.body.position } }))
        .body.checks.projections.projections;
    const before = (await health())['event-availability'];
    const live = await readStore.collection(before.collection).find({}, { sort: { _id: 1 } });

    log.hold();
    const started = await t.call('POST', '/api/ops/projections/event-availability/rebuild', { as: people.ops });
    expect(started.status).toBe(202);
    const location = started.headers.get('location')!;
    expect(location).toBe(`/api/ops/projections/event-availability/rebuilds/${started.body.id}`);
    expect(started.body).toMatchObject({ projection: 'event-availability', state: 'running', position: '0' });
    expect(log.held).toBe(1); // the rebuild's feed, stopped before its first event

    // Reads while the rebuild is provably running (its status says so before and after them).
    const queries = await Promise.all(
      Array.from({ length: 30 }, () => t.call('GET', `/api/events/${events[0].eventId}/availability`)),
    );
    expect(queries.every((q) => q.status === 200 && q.body.held === 3)).toBe(true);
    const running = await t.call('GET', location, { as: people.ops });
    expect(running.body).toMatchObject({ state: 'running', position: '0', events: 0, head: expect.any(String) });
    expectProblem(await t.call('POST', '/api/ops/projections/event-availability/rebuild', { as: people.ops }), 409);

    log.release();
    let status = running;
    while (status.body.state === 'running') status = await t.call('GET', location, { as: people.ops });
    expect(status.body).toMatchObject({ state: 'done', collection: started.body.collection });
    expect(BigInt(status.body.position)).toBeGreaterThanOrEqual(BigInt(held.body.position));
    expect(status.body.events).toBeGreaterThan(0);

    const after = (await health())['event-availability'];
    expect(after.collection).toBe(status.body.collection);
    expect(after.collection).not.toBe(before.collection);
    expect(await readStore.collection(after.collection).find({}, { sort: { _id: 1 } })).toEqual(live);
    expect(await readStore.listCollections()).not.toContain(before.collection);
    expect((await t.call('GET', `/api/events/${events[0].eventId}/availability`)).body).toMatchObject({
      held: 3,
      free: 7,
    });
  });

  it('is for ops and admins only', async () => {
    expectProblem(await t.call('POST', '/api/ops/projections/holds/rebuild', { as: people.attendee }), 403);
    expectProblem(await t.call('POST', '/api/ops/projections/holds/rebuild'), 401);
    expectProblem(await t.call('POST', '/api/ops/projections/nope/rebuild', { as: people.ops }), 404);
    expectProblem(await t.call('GET', '/api/ops/projections/holds/rebuilds/nope', { as: people.attendee }), 403);
    expectProblem(await t.call('GET', '/api/ops/projections/holds/rebuilds/nope', { as: people.ops }), 404);
  });
});
