import { MemoryReadStore } from '@booking/read-store';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

/** A read store whose writes to one projection's collections wait while `stall()` is on: that projection lags. */
function stallingWritesOf(projection: string) {
  let stalled: Promise<void> | undefined;
  let resume = () => {};
  const inner = new MemoryReadStore();
  const store = new Proxy(inner, {
    get(target, property) {
      if (property !== 'collection') return Reflect.get(target, property);
      return (name: string) => {
        const collection = target.collection(name);
        if (!name.startsWith(`${projection}__`)) return collection;
        return new Proxy(collection, {
          get(c, p) {
            const value: unknown = Reflect.get(c, p);
            if (p !== 'bulkWrite' || typeof value !== 'function') return value;
            return async (...args: unknown[]) => {
              await stalled;
              return (value as (...a: unknown[]) => unknown).apply(c, args);
            };
          },
        });
      };
    },
  });
  return {
    store,
    stall: () => (stalled = new Promise<void>((resolve) => (resume = resolve))),
    resume: () => (resume(), (stalled = undefined)),
  };
}

describe('read-your-writes', () => {
  let t: TestApp;
  const holds = stallingWritesOf('holds');
  beforeAll(async () => {
    t = await startTestApp({ env: { CONSISTENCY_WAIT_MS: '300' }, overrides: { readStore: holds.store } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers once the projections pass the named position', async () => {
    const { eventId } = await t.publishedEvent(4);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 4 } });
    const read = await t.call('GET', `/api/events/${eventId}/availability?minPosition=${hold.body.position}`);
    expect(read.body.free).toBe(0);
    expect(BigInt(read.body.position)).toBeGreaterThanOrEqual(BigInt(hold.body.position));
  });

  it('waits only for the projections a query reads, not for a lagging one it does not read', async () => {
    const { eventId } = await t.publishedEvent(4);
    holds.stall();
    try {
      const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
      const position = hold.body.position as string;
      // The holds projection cannot write the hold: a read of it times out...
      expectProblem(
        await t.call('GET', '/api/me/holds', { as: people.attendee, headers: { 'x-min-position': position } }),
        503,
      );
      // ...while availability, which does not read it, answers with the hold counted.
      const read = await t.call('GET', `/api/events/${eventId}/availability`, {
        headers: { 'x-min-position': position },
      });
      expect(read.status).toBe(200);
      expect(read.body.held).toBe(1);
    } finally {
      holds.resume();
    }
  });

  it('gives up after the bounded wait with 503 and Retry-After', async () => {
    const started = Date.now();
    const response = await t.call('GET', '/api/events', { headers: { 'x-min-position': '999999999' } });
    expectProblem(response, 503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('refuses a position that is not one', async () => {
    expectProblem(await t.call('GET', '/api/events?minPosition=abc'), 400);
  });
});
