import type { EventStore, RecordedEvent, SubscribeOptions, SubscriptionMessage } from '@booking/event-store';
import { HealthRegistry } from '../health/health';
import { RevocationFeed } from './revocation-feed';
import { Revocations, STALE_AFTER_MS } from './revocations';

/** A gate a fake subscription waits at; opening it with an error makes the subscription throw. */
function gate() {
  let open!: (error?: Error) => void;
  const opened = new Promise<Error | undefined>((resolve) => (open = resolve));
  return { opened, open };
}

const sessionEnded = (sessionId: string, position: bigint): RecordedEvent => ({
  id: `e${position}`,
  type: 'SessionEnded',
  data: { sessionId, userId: 'u1', reason: 'logout', by: 'u1' },
  metadata: { occurredAt: '2030-01-01T12:00:00.000Z' } as RecordedEvent['metadata'],
  stream: `session-${sessionId}`,
  revision: 1n,
  position,
});

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}

describe('RevocationFeed when its subscription fails', () => {
  let now = Date.parse('2030-01-01T12:00:10Z');
  const subscriptions: (SubscribeOptions | undefined)[] = [];
  const firstFails = gate();
  const secondDelivers = gate();
  const closed = gate();
  const store = {
    subscribeToAll(options?: SubscribeOptions) {
      const n = subscriptions.push(options);
      return {
        async *[Symbol.asyncIterator](): AsyncGenerator<SubscriptionMessage> {
          if (n === 1) {
            yield { kind: 'events', events: [sessionEnded('s1', 3n)] };
            yield { kind: 'caught-up', position: 4n };
            throw await firstFails.opened; // a dropped connection, after startup
          }
          await secondDelivers.opened;
          yield { kind: 'events', events: [sessionEnded('s2', 7n)] };
          yield { kind: 'caught-up', position: 8n };
          await closed.opened;
        },
        close: async () => closed.open(),
      };
    },
  } as unknown as EventStore;
  const revocations = new Revocations(900_000, () => now);
  const health = new HealthRegistry();
  const feed = new RevocationFeed(revocations, store, health);

  afterAll(() => feed.onApplicationShutdown());

  it('reports the failure, refuses tokens once it lasts, and resubscribes from the last position', async () => {
    await feed.onModuleInit();
    expect(revocations.isRevoked({ sub: 'u1', sid: 's1' })).toBe(true);
    expect((await health.run()).status).toBe('ok');

    firstFails.open(new Error('connection reset'));
    await until(() => subscriptions.length === 2);
    expect(subscriptions[1]?.after).toBe(4n);
    expect(await health.run()).toMatchObject({ status: 'failing', checks: { revocations: { status: 'failing' } } });
    expect(revocations.current).toBe(true); // a short gap is tolerated
    now += STALE_AFTER_MS + 1;
    expect(revocations.current).toBe(false); // then the strategy refuses tokens (fail closed)

    secondDelivers.open();
    await until(() => revocations.current);
    expect(revocations.isRevoked({ sub: 'u1', sid: 's2' })).toBe(true); // missed in the gap, read before trusted again
    expect((await health.run()).status).toBe('ok');
  });
});
