import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { SqliteEventStore } from '@booking/event-store';
import { type StandaloneServer, startStandalone } from './standalone';
import { percentile } from './stats';

export type SaleOptions = Readonly<{ capacity: number; requests: number; connections: number; buyers: number }>;

/** A published event with one price tier, no seating plan, created through the API. */
export async function publishedEvent(server: StandaloneServer, capacity: number, price: number): Promise<string> {
  const organizer = server.token(['organizer']);
  const admin = server.token(['admin']);
  const post = async (path: string, body?: unknown, bearer = organizer) => {
    const response = await fetch(server.url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ eventId: string }>;
  };
  const { eventId } = await post('/api/events', {
    title: 'Flash Sale Live',
    category: 'music',
    startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    venue: { name: 'Bench Arena', city: 'Bench', country: 'NL' },
    capacity,
    priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: price, currency: 'EUR' } }],
  });
  await post(`/api/events/${eventId}/submit`);
  await post(`/api/events/${eventId}/approve`, undefined, admin);
  await post(`/api/events/${eventId}/publish`);
  return eventId;
}

export type HoldsSaleFigures = Readonly<{
  successes: number;
  saleSeconds: number;
  holdsPerSecond: number;
  responsesPerSecond: number;
  p50: number;
  p99: number;
  statuses: ReadonlyMap<number, number>;
  heldInLog: number;
}>;

/**
 * `bench:holds`' flash sale: `requests` holds of one place on one event of `capacity` places, from
 * `connections` autocannon connections rotating `buyers` tokens, on a fresh standalone server;
 * afterwards the places held are counted in the log.
 */
export async function holdsFlashSale({
  capacity,
  requests,
  connections,
  buyers,
}: SaleOptions): Promise<HoldsSaleFigures> {
  const server = await startStandalone('holds');
  const { dataDir } = server;
  const eventId = await publishedEvent(server, capacity, 4900);
  const tokens = Array.from({ length: buyers }, () => server.token(['attendee']));
  const latencies: number[] = [];
  const successTimes: number[] = [];
  const statuses = new Map<number, number>();
  let started = 0;
  const instance = autocannon({
    url: server.url,
    connections,
    amount: requests,
    requests: tokens.map((t) => ({
      method: 'POST',
      path: `/api/events/${eventId}/holds`,
      headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' },
      body: '{"quantity":1}',
    })),
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  instance.on('start', () => (started = performance.now()));
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    latencies.push(responseTime);
    if (status === 201) successTimes.push(performance.now());
  });
  const result = await instance;
  await server.stop();

  const store = new SqliteEventStore({ path: join(dataDir, 'events.db') });
  const log = await store.readStream(`inventory-${eventId}`);
  await store.close();
  const heldInLog = log
    .filter((e) => e.type === 'SeatsHeld')
    .reduce((sum, e) => sum + (e.data as { quantity: number }).quantity, 0);
  rmSync(dataDir, { recursive: true, force: true });

  const successes = statuses.get(201) ?? 0;
  const saleSeconds = successTimes.length > 0 ? (successTimes[successTimes.length - 1] - started) / 1000 : Number.NaN;
  latencies.sort((a, b) => a - b);
  return {
    successes,
    saleSeconds,
    holdsPerSecond: successes / saleSeconds,
    responsesPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    heldInLog,
  };
}
