/**
 * bench:holds — a flash sale on one event over HTTP. The server (standalone, embedded adapters)
 * runs in its own process; this process generates the load with autocannon. Afterwards the event
 * log is read back to prove no seat was sold twice. Baseline: bare node:http in the same run.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { SqliteEventStore } from '@booking/event-store';
import { bareHttpBaseline, emptyNestBaseline } from './lib/baseline';
import { startStandalone } from './lib/standalone';
import { fmt, percentile, table } from './lib/stats';

const capacity = Number(process.env.BENCH_CAPACITY ?? 10_000);
const requests = Number(process.env.BENCH_REQUESTS ?? capacity * 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const buyers = 200;

async function main() {
  const server = await startStandalone('holds');
  const { dataDir } = server;
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
    priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 4900, currency: 'EUR' } }],
  });
  await post(`/api/events/${eventId}/submit`);
  await post(`/api/events/${eventId}/approve`, undefined, admin);
  await post(`/api/events/${eventId}/publish`);

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

  // Verify from the event log: never more seats held than the capacity.
  const store = new SqliteEventStore({ path: join(dataDir, 'events.db') });
  const log = await store.readStream(`inventory-${eventId}`);
  await store.close();
  const heldInLog = log
    .filter((e) => e.type === 'SeatsHeld')
    .reduce((sum, e) => sum + (e.data as { quantity: number }).quantity, 0);
  rmSync(dataDir, { recursive: true, force: true });

  const successes = statuses.get(201) ?? 0;
  const saleSeconds = successTimes.length > 0 ? (successTimes[successTimes.length - 1] - started) / 1000 : Number.NaN;
  const holdsPerSecond = successes / saleSeconds;
  latencies.sort((a, b) => a - b);
  const baseline = await bareHttpBaseline(connections, 10);
  const framework = await emptyNestBaseline(connections, 10);

  console.log(
    `\nbench:holds — capacity ${fmt(capacity)}, ${fmt(requests)} hold requests, ${connections} connections, ${buyers} buyers`,
  );
  console.log(
    table([
      ['successful holds', fmt(successes)],
      ['sold out after', `${fmt(saleSeconds, 2)} s`],
      ['successful holds/s', fmt(holdsPerSecond)],
      ['all responses/s', fmt(result.requests.average)],
      ['latency p50 / p99', `${fmt(percentile(latencies, 50), 1)} ms / ${fmt(percentile(latencies, 99), 1)} ms`],
      ['statuses', [...statuses].map(([s, n]) => `${s}: ${fmt(n)}`).join(', ')],
      ['seats held in the log', `${fmt(heldInLog)} of ${fmt(capacity)}`],
      ['oversell', fmt(Math.max(0, heldInLog - capacity))],
      ['baseline: bare node:http req/s', fmt(baseline)],
      ['ratio holds/s ÷ baseline', `${fmt((100 * holdsPerSecond) / baseline, 1)} %`],
      [
        'framework: empty validated NestJS POST req/s',
        `${fmt(framework)} (${fmt((100 * framework) / baseline, 1)} % of baseline)`,
      ],
      ['ratio holds/s ÷ framework', `${fmt((100 * holdsPerSecond) / framework, 1)} %`],
    ]),
  );
  if (heldInLog > capacity || heldInLog !== successes) {
    console.error('FAILED: the log disagrees with the responses or exceeds the capacity');
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
