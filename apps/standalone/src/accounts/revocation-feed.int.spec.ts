import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, type SubscribeOptions, type Subscription, SqliteEventStore } from '@booking/event-store';
import { REVOKING_EVENT_TYPES } from '@booking/platform';
import { type TestApp, expectProblem, startTestApp } from '../testing/test-app';
import { bearer, signUp } from '../testing/accounts';

/**
 * The event store, except that the revocation feed's subscriptions can be broken: `break()` makes
 * the open one throw (a dropped KurrentDB connection) and new ones fail until `restore()`.
 */
function breakableFeed(inner: EventStore) {
  let down = false;
  let breakOpen = () => {};
  const failing = (subscription: Subscription): Subscription => {
    const broken = new Promise<never>((_, reject) => (breakOpen = () => reject(new Error('connection reset'))));
    broken.catch(() => undefined);
    return {
      close: () => subscription.close(),
      async *[Symbol.asyncIterator]() {
        const messages = subscription[Symbol.asyncIterator]();
        for (;;) {
          if (down) throw new Error('not connected');
          const next = await Promise.race([messages.next(), broken]);
          if (next.done) return;
          yield next.value;
        }
      },
    };
  };
  const store = new Proxy(inner, {
    get(target, property) {
      if (property === 'subscribeToAll')
        return (options?: SubscribeOptions) => {
          const subscription = target.subscribeToAll(options);
          return options?.filter?.eventTypes === REVOKING_EVENT_TYPES ? failing(subscription) : subscription;
        };
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store,
    break: () => {
      down = true;
      breakOpen();
    },
    restore: () => (down = false),
  };
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() - started > ms) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the revocation feed losing the log', () => {
  const feed = breakableFeed(new SqliteEventStore({ path: join(mkdtempSync(join(tmpdir(), 'feed-')), 'events.db') }));
  let offset = 0; // moves this process's clock past the grace period without waiting for it
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      overrides: { eventStore: feed.store },
      clock: { now: () => new Date(Date.now() + offset) },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('fails /health, refuses tokens (503) once the gap lasts, and resubscribes to catch what it missed', async () => {
    const kept = await signUp(t, 'kept@example.com');
    const leaving = await signUp(t, 'leaving@example.com');
    const me = (accessToken: string) => t.call('GET', '/api/me', { headers: bearer(accessToken) });

    feed.break();
    expect(
      (
        await until(
          () => t.call('GET', '/health'),
          (r) => r.status === 503,
        )
      ).status,
    ).toBe(503);
    // A logout while the feed is down: no process may honour the token once the gap lasts.
    expect((await t.call('POST', '/api/auth/logout', { body: { refreshToken: leaving.refreshToken } })).status).toBe(
      204,
    );
    offset += 6_000;
    const refused = await me(kept.accessToken);
    expectProblem(refused, 503);
    expect(refused.body.type).toMatch(/revocations-unavailable$/);

    feed.restore();
    expect(
      (
        await until(
          () => me(kept.accessToken),
          (r) => r.status === 200,
        )
      ).status,
    ).toBe(200);
    expect((await me(leaving.accessToken)).status).toBe(401); // the logout made in the gap was caught up
    expect((await t.call('GET', '/health')).status).toBe(200);
  });
});
