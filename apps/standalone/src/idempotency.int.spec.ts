import { type EventStore, SqliteEventStore } from '@booking/event-store';
import { IdempotencyInterceptor } from '../../command-api/src/http/idempotency.interceptor';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';
import { signUp } from './testing/accounts';

/** An event store that fails the next `crashes` appends of recorded responses: a crash between a command and its record. */
function crashingBeforeRecords(inner: SqliteEventStore) {
  const control = { crashes: 0 };
  const store = new Proxy(inner, {
    get(target, property) {
      if (property === 'append') {
        return (async (stream, events, expected) => {
          if (stream.startsWith('idempotency-') && control.crashes > 0) {
            control.crashes--;
            throw new Error('crashed between the command and its recorded response');
          }
          return target.append(stream, events, expected);
        }) satisfies EventStore['append'];
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store, control };
}

describe('Idempotency-Key', () => {
  let t: TestApp;
  const crashing = crashingBeforeRecords(new SqliteEventStore({ path: ':memory:' }));
  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  beforeAll(async () => {
    t = await startTestApp({ overrides: { eventStore: crashing.store } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('wraps the command routes, not the queries (a global interceptor would wrap every request of the process)', async () => {
    const { eventId } = await t.publishedEvent(10);
    const intercept = jest.spyOn(IdempotencyInterceptor.prototype, 'intercept');
    try {
      expect((await t.call('GET', `/api/events/${eventId}`)).status).toBe(200);
      expect((await t.call('GET', '/api/me/holds', { as: people.attendee })).status).toBe(200);
      expect(intercept).not.toHaveBeenCalled();
      const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
      expect(hold.status).toBe(201);
      expect(intercept).toHaveBeenCalledTimes(1);
    } finally {
      intercept.mockRestore();
    }
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

  it('replays a refusal as it was first given, even when the command would now succeed', async () => {
    const { eventId } = await t.publishedEvent(2);
    const other = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1 },
    });
    const send = () =>
      t.call('POST', `/api/events/${eventId}/holds`, {
        as: people.attendee,
        body: { quantity: 2 },
        headers: { 'idempotency-key': 'too-many' },
      });
    const refused = await send();
    expectProblem(refused, 409);
    expect(refused.headers.get('idempotent-replayed')).toBeNull();
    // The seats come free: a fresh request would now get both, a retry must not.
    const released = await t.call('DELETE', `/api/events/${eventId}/holds/${other.body.holdId}`, {
      as: people.otherAttendee,
    });
    expect(released.status).toBe(200);
    const before = await head();
    const again = await send();
    expectProblem(again, 409);
    expect(again.body).toEqual(refused.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await head()).toBe(before);
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
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.holdId).toEqual(expect.any(String));
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

  it('counts the query as part of the request: a retry that differs only there is refused', async () => {
    const { eventId } = await t.publishedEvent(10);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const release = (query: string) =>
      t.call('DELETE', `/api/events/${eventId}/holds/${hold.body.holdId}${query}`, {
        as: people.attendee,
        headers: { 'idempotency-key': 'release-1' },
      });
    const first = await release('?sectionId=floor&x=1');
    const same = await release('?x=1&sectionId=floor'); // the same parameters in another order
    expect(same.status).toBe(first.status);
    expect(same.headers.get('idempotent-replayed')).toBe('true');
    expectProblem(await release('?sectionId=stalls&x=1'), 422);
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

  it('holds once when the process dies between the hold and its recorded response', async () => {
    const { eventId } = await t.publishedEvent(10);
    const send = () =>
      t.call('POST', `/api/events/${eventId}/holds`, {
        as: people.attendee,
        body: { quantity: 2 },
        headers: { 'idempotency-key': 'crash-hold' },
      });
    crashing.control.crashes = 1;
    const before = await head();
    expect((await send()).status).toBe(500); // the client never got an answer
    expect(await head()).toBe(before + 1n); // the hold was appended, its response was not
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(await head()).toBe(before + 2n); // no second SeatsHeld: only the response, recorded now
    const availability = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': retry.body.position },
    });
    expect(availability.body.held).toBe(2);
    const third = await send();
    expect(third.headers.get('idempotent-replayed')).toBe('true');
    expect(third.body).toEqual(retry.body);
  });

  it('creates one event when the process dies between the creation and its recorded response', async () => {
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const send = () =>
      t.call('POST', '/api/events', {
        as: people.organizer,
        body: {
          title: 'Crash Night',
          category: 'music',
          startsAt,
          venue: { name: 'Hall', city: 'Lisbon', country: 'PT' },
          capacity: 10,
          priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
        },
        headers: { 'idempotency-key': 'crash-create' },
      });
    crashing.control.crashes = 1;
    const before = await head();
    expect((await send()).status).toBe(500);
    const retry = await send();
    expect(retry.status).toBe(201);
    const appended = await crashing.store.readAll({ after: before });
    expect(appended.map((e) => e.type)).toEqual(['EventCreated', 'EventDetailsUpdated', 'CommandResponseRecorded']);
    expect(appended[0].stream).toBe(`catalog_event-${retry.body.eventId}`);
  });

  it('is ignored where requests or answers carry secrets: nothing about them is written to the log', async () => {
    const password = 'a long enough passphrase here';
    await signUp(t, 'keyed@example.com', password);
    const keyed = { 'idempotency-key': 'login-1' };
    const login = () =>
      t.call('POST', '/api/auth/login', {
        body: { email: 'keyed@example.com', password, client: 'api' },
        headers: keyed,
      });
    const first = await login();
    const second = await login();
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken); // a session of its own
    const refreshed = await t.call('POST', '/api/auth/refresh', {
      body: { refreshToken: first.body.refreshToken },
      headers: keyed,
    });
    expect(refreshed.status).toBe(200);
    expect((await t.call('POST', '/api/auth/logout', { body: {}, headers: keyed })).status).toBe(204);
    const recorded = (await crashing.store.readAll({ maxCount: 100_000 })).filter(
      (event) => event.type === 'CommandResponseRecorded',
    );
    const log = JSON.stringify(recorded, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    for (const secret of [first.body.accessToken, first.body.refreshToken, refreshed.body.refreshToken])
      expect(log).not.toContain(secret);
    expect(recorded.some((event) => JSON.stringify(event.metadata).includes('login-1'))).toBe(false);
  });
});
