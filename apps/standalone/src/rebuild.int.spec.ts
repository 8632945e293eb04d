import { READ_STORE, type ReadStore } from '@booking/read-store';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('rebuilding a read model beside the live one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('rebuilds to exactly the live state, switches over, and keeps answering meanwhile', async () => {
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

    const queries = Array.from({ length: 30 }, () => t.call('GET', `/api/events/${events[0].eventId}/availability`));
    const rebuilt = await t.call('POST', '/api/ops/projections/event-availability/rebuild', { as: people.ops });
    expect(rebuilt.status).toBe(200);
    expect((await Promise.all(queries)).every((q) => q.status === 200 && q.body.held === 3)).toBe(true);

    const after = (await health())['event-availability'];
    expect(after.collection).toBe(rebuilt.body.collection);
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
  });
});
