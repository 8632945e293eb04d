import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('Idempotency-Key', () => {
  let t: TestApp;
  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('returns the first response to a retry and appends nothing', async () => {
    const { eventId } = await t.publishedEvent(10);
    const send = () =>
      t.call('POST', `/api/events/${eventId}/holds`, {
        as: people.attendee,
        body: { quantity: 2 },
        headers: { 'idempotency-key': 'retry-1' },
      });
    const first = await send();
    expect(first.status).toBe(201);
    const before = await head();
    const second = await send();
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await head()).toBe(before);
  });

  it('replays a refusal as it was first given', async () => {
    const { eventId } = await t.publishedEvent(1);
    const send = () =>
      t.call('POST', `/api/events/${eventId}/holds`, {
        as: people.attendee,
        body: { quantity: 2 },
        headers: { 'idempotency-key': 'too-many' },
      });
    expectProblem(await send(), 409);
    const again = await send();
    expectProblem(again, 409);
    expect(again.body.code).toBe('inventory.insufficient-seats');
  });

  it('keeps keys apart per caller and refuses a key reused with another request', async () => {
    const { eventId } = await t.publishedEvent(10);
    const headers = { 'idempotency-key': 'shared-key' };
    const mine = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 1 },
      headers,
    });
    const theirs = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1 },
      headers,
    });
    expect(theirs.body.holdId).not.toBe(mine.body.holdId);
    const before = await head();
    const reused = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 3 },
      headers,
    });
    expectProblem(reused, 422);
    expect(await head()).toBe(before);
  });

  it('lets concurrent duplicates append once', async () => {
    const { eventId } = await t.publishedEvent(10);
    const before = await head();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.call('POST', `/api/events/${eventId}/holds`, {
          as: people.attendee,
          body: { quantity: 1 },
          headers: { 'idempotency-key': 'burst' },
        }),
      ),
    );
    expect(new Set(results.map((r) => r.body.holdId)).size).toBe(1);
    const availability = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': results[0].body.position },
    });
    expect(availability.body.held).toBe(1);
    expect(await head()).toBe(before + 2n); // one SeatsHeld, one recorded response
  });
});
