/**
 * bench:seating — a 20,000-seat arena: how fast its plan validates, expands, stores and opens, and
 * a flash sale of best-available seats over HTTP on the plan's twenty partitions, against the same
 * 20,000 seats as ONE section (one inventory stream, the "hot stream" baseline) in the same run.
 * The event log is read back afterwards to prove no seat was held twice.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { type SeatingPlan, type Section, expandPlan, gridRows, validatePlan } from '@booking/domain';
import { SqliteEventStore } from '@booking/event-store';
import { startStandalone } from './lib/standalone';
import { fmt, percentile, table } from './lib/stats';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const perHold = 2;
const buyers = 200;
const tiers = [
  { id: 'standard', name: 'Standard', price: { amount: 5900, currency: 'EUR' } },
  { id: 'premium', name: 'Premium', price: { amount: 12900, currency: 'EUR' } },
];

const block = (id: string, rows: number, seatsPerRow: number, x = 0, rotation = 0): Section => ({
  id,
  name: id,
  kind: 'seated',
  priceTierId: 'standard',
  placement: { x, y: 0, rotation },
  shape: { type: 'straight' },
  rows: gridRows({ rows, seatsPerRow }).map((row, i) => (i < 2 ? { ...row, priceTierId: 'premium' } : row)),
  exceptions: [{ row: 'A', number: 1, accessible: true }],
});
const arena = (seatsPerRow = 25): SeatingPlan => ({
  sections: Array.from({ length: 20 }, (_, i) => block(`block-${i + 1}`, 40, seatsPerRow, i * 30, (i % 4) * 90)),
});
const oneSection = (): SeatingPlan => ({ sections: [block('bowl', 200, 100)] });

function timed<T>(run: () => T, times = 20): { result: T; ms: number } {
  let result = run();
  const started = performance.now();
  for (let i = 0; i < times; i++) result = run();
  return { result, ms: (performance.now() - started) / times };
}

async function main() {
  // 1. In-process: the plan document and its expansion.
  const plan = arena();
  const tierIds = new Set(tiers.map((t) => t.id));
  const validated = timed(() => validatePlan(plan, tierIds));
  const expanded = timed(() => expandPlan(plan));
  const planBytes = JSON.stringify(plan).length;
  const perSeatBytes = JSON.stringify(expanded.result).length;

  // 2. Over HTTP: store, read and open it.
  const server = await startStandalone('seating');
  const { dataDir } = server;
  const organizer = server.token(['organizer']);
  const admin = server.token(['admin']);
  const call = async (method: string, path: string, body?: unknown, bearer = organizer) => {
    const started = performance.now();
    const response = await fetch(server.url + path, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return { ms: performance.now() - started, body: JSON.parse(text) as Record<string, string> };
  };
  const createPublished = async (title: string, seating: SeatingPlan) => {
    const { body } = await call('POST', '/api/events', {
      title,
      category: 'sports',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      venue: { name: 'Bench Arena', city: 'Bench', country: 'NL' },
      capacity: 1,
      priceTiers: tiers,
    });
    const eventId = body.eventId;
    const puts: number[] = [];
    for (let i = 0; i < 10; i++)
      puts.push((await call('PUT', `/api/events/${eventId}/seating-plan`, i % 2 ? seating : arena(24))).ms);
    puts.push((await call('PUT', `/api/events/${eventId}/seating-plan`, seating)).ms);
    const gets: number[] = [];
    for (let i = 0; i < 10; i++) gets.push((await call('GET', `/api/events/${eventId}/seating-plan`)).ms);
    await call('POST', `/api/events/${eventId}/submit`);
    await call('POST', `/api/events/${eventId}/approve`, undefined, admin);
    const published = await call('POST', `/api/events/${eventId}/publish`);
    return { eventId, puts: puts.sort((a, b) => a - b), gets: gets.sort((a, b) => a - b), publishMs: published.ms };
  };
  const partitioned = await createPublished('Arena, twenty sections', plan);
  const single = await createPublished('Arena, one section', oneSection());

  const tokens = Array.from({ length: buyers }, () => server.token(['attendee']));
  async function flashSale(eventId: string, sections: string[]) {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let started = 0;
    let lastSuccess = 0;
    // One request template per buyer and section (the sale cycles through them).
    const requests = tokens.flatMap((_, i) =>
      sections.map((sectionId, j) => ({
        method: 'POST' as const,
        path: `/api/events/${eventId}/holds`,
        headers: { authorization: `Bearer ${tokens[(i + j) % buyers]}`, 'content-type': 'application/json' },
        body: JSON.stringify({ quantity: perHold, sectionId }),
      })),
    );
    const instance = autocannon({
      url: server.url,
      connections,
      amount: Math.ceil((20_000 / perHold) * 1.1),
      requests,
    }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
    instance.on('start', () => (started = performance.now()));
    instance.on('response', (_c: unknown, status: number, _b: number, responseTime: number) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      latencies.push(responseTime);
      if (status === 201) lastSuccess = performance.now();
    });
    await instance;
    latencies.sort((a, b) => a - b);
    const successes = statuses.get(201) ?? 0;
    return {
      successes,
      holdsPerSecond: successes / ((lastSuccess - started) / 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      statuses: [...statuses].map(([s, n]) => `${s}: ${fmt(n)}`).join(', '),
    };
  }
  const sections = plan.sections.map((s) => s.id);
  const sale = await flashSale(partitioned.eventId, sections);
  const hot = await flashSale(single.eventId, ['bowl']);
  await server.stop();

  // 3. The log: no seat in two holds, per event.
  const store = new SqliteEventStore({ path: join(dataDir, 'events.db') });
  const doubles: Record<string, number> = {};
  for (const [eventId, streams] of [
    [partitioned.eventId, sections.map((s) => `inventory-${partitioned.eventId}.${s}`)],
    [single.eventId, [`inventory-${single.eventId}.bowl`]],
  ] as const) {
    const seen = new Set<string>();
    let twice = 0;
    for (const stream of streams) {
      for (const event of await store.readStream(stream)) {
        if (event.type !== 'SeatsHeld') continue;
        for (const seat of (event.data as { seatIds: string[] }).seatIds) {
          if (seen.has(seat)) twice++;
          seen.add(seat);
        }
      }
    }
    doubles[eventId] = twice;
  }
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });

  const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)];
  console.log(`\nbench:seating — a 20,000-seat arena (20 sections × 40 rows × 25 seats), ${connections} connections`);
  console.log(
    table([
      [
        'plan document',
        `${fmt(planBytes / 1024, 1)} KiB (one object per seat would be ${fmt(perSeatBytes / 1024)} KiB)`,
      ],
      ['validatePlan / expandPlan (20,000 seats)', `${fmt(validated.ms, 1)} ms / ${fmt(expanded.ms, 1)} ms`],
      [
        'PUT seating-plan median / max',
        `${fmt(median(partitioned.puts), 1)} ms / ${fmt(partitioned.puts.at(-1) ?? 0, 1)} ms`,
      ],
      ['GET seating-plan median', `${fmt(median(partitioned.gets), 1)} ms`],
      ['publish (opens 20 partitions)', `${fmt(partitioned.publishMs, 1)} ms`],
      ['publish (opens 1 partition of 20,000 seats)', `${fmt(single.publishMs, 1)} ms`],
      ['flash sale, 20 partitions: holds/s', fmt(sale.holdsPerSecond)],
      ['  p50 / p99', `${fmt(sale.p50, 1)} ms / ${fmt(sale.p99, 1)} ms`],
      ['  held / statuses', `${fmt(sale.successes * perHold)} seats; ${sale.statuses}`],
      ['baseline, 1 partition (hot stream): holds/s', fmt(hot.holdsPerSecond)],
      ['  p50 / p99', `${fmt(hot.p50, 1)} ms / ${fmt(hot.p99, 1)} ms`],
      ['  held / statuses', `${fmt(hot.successes * perHold)} seats; ${hot.statuses}`],
      ['partitioned ÷ one stream', `${fmt(sale.holdsPerSecond / hot.holdsPerSecond, 2)} ×`],
      ['seats held twice (log)', `${doubles[partitioned.eventId]} / ${doubles[single.eventId]}`],
    ]),
  );
  if (Object.values(doubles).some((n) => n > 0)) {
    console.error('FAILED: a seat was held twice');
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
