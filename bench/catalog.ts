/**
 * bench:catalog — catalog search + filters through the real query API (`GET /api/events`) over
 * HTTP. N events are written to a fresh SQLite log as the domain events an organizer and an admin
 * would cause (created, detailed, published, opened for sale, one hold each); the standalone
 * server starts on it in its own process and rebuilds its read models from the log. autocannon
 * then loads each typical query alone and a rotating mix, with `BENCH_CONNECTIONS` (200)
 * connections, `BENCH_RUNS` times for the spread. Embedded store first (target: p99 < 50 ms at
 * 200 connections), then FerretDB v1 (or MONGODB_URL) when one can be had (figures only). Each
 * store runs twice: as deployed (repeated queries answered by the catalog search cache, exact to
 * the read model's last write) and with the cache off (`CATALOG_CACHE_ENTRIES=0`: every request
 * searches the store — what a first visitor of a query, or one right after a write, waits for).
 * Baselines in the same run: a bare node:http hello world, and on the same server
 * `GET /api/events/{id}` — the same stack (routing, guards, query bus, JSON) with one `_id` lookup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { bareHttpBaseline } from './lib/baseline';
import { CATALOG_QUERIES } from './lib/catalog-queries';
import { writeCatalogLog } from './lib/catalog-log';
import { startNode } from './lib/processes';
import { tokenSigner } from './lib/standalone';
import { fmt, table } from './lib/stats';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 2);
const serialRuns = Number(process.env.BENCH_SERIAL_RUNS ?? 9);
const events = Number(process.env.BENCH_EVENTS ?? 10_000);
const ferretEvents = Number(process.env.BENCH_FERRET_EVENTS ?? 1_000);
// FerretDB v1 answers one catalog query in about a second: 200 connections would only time out.
const ferretConnections = Number(process.env.BENCH_FERRET_CONNECTIONS ?? 10);
const TARGET_P99_MS = 50;
// Holds placed per second on catalog events during the "while selling" row: every hold changes the read model.
const holdRate = Number(process.env.BENCH_HOLD_RATE ?? 50);
// BENCH_MIXED_ONLY=1: only the two mixed rows (quicker A/B of the sale row); BENCH_SKIP_UNCACHED=1: no cache-off run.
const mixedOnly = process.env.BENCH_MIXED_ONLY === '1';

/** `errors` splits into timeouts (no answer within autocannon's 10 s), non-2xx answers and other socket errors. */
type Figures = { rps: number; p50: number; p99: number; timeouts: number; non2xx: number; other: number };
async function load(url: string, paths: string[], duration: number, connections: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  // Let the server finish what the closed connections left queued before the next measurement.
  await new Promise((r) => setTimeout(r, 1000));
  await fetch(url + paths[0]).then((r) => r.arrayBuffer());
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    other: Math.max(0, result.errors - result.timeouts),
  };
}

/**
 * Runs `work` while attendees hold one seat each on the catalog's events at `rate` per second
 * (each hold is a write the catalog read model projects: free seats and popularity change).
 */
async function whileSelling<T>(
  url: string,
  eventIds: readonly string[],
  token: (roles: string[]) => string,
  rate: number,
  work: () => Promise<T>,
): Promise<{ result: T; held: number; refused: number }> {
  const tokens = Array.from({ length: 100 }, () => token(['attendee']));
  const counts = { held: 0, refused: 0 };
  let next = 0;
  const inFlight = new Set<Promise<unknown>>();
  const timer = setInterval(() => {
    const i = next++;
    const request = fetch(`${url}/api/events/${eventIds[(i * 7919) % eventIds.length]}/holds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, 'content-type': 'application/json' },
      body: '{"quantity":1}',
    })
      .then((response) => {
        if (response.status === 201) counts.held++;
        else counts.refused++;
        return response.arrayBuffer();
      })
      .catch(() => counts.refused++)
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  }, 1000 / rate);
  try {
    const result = await work();
    return { result, ...counts };
  } finally {
    clearInterval(timer);
    await Promise.all(inFlight);
  }
}

/** One client, one request at a time: what a query costs alone (median of `serialRuns`). */
async function serial(url: string, p: string): Promise<{ median: number; total: number }> {
  await fetch(url + p).then((r) => r.arrayBuffer()); // warm-up
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < serialRuns; i++) {
    const started = performance.now();
    const response = await fetch(url + p);
    const body = (await response.json()) as { total?: number };
    if (!response.ok) throw new Error(`${p}: ${response.status} ${JSON.stringify(body)}`);
    total = body.total ?? 1;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], total };
}

/** "a" when all runs agree, else "min–max" (the spread across runs). */
const spread = (values: number[], digits = 0) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return fmt(low, digits) === fmt(high, digits) ? fmt(low, digits) : `${fmt(low, digits)}–${fmt(high, digits)}`;
};
const line = (all: Figures[]) => {
  const sum = (key: 'timeouts' | 'non2xx' | 'other') => all.reduce((total, f) => total + f[key], 0);
  const errors = [`${sum('timeouts')} timeouts`, `${sum('non2xx')} non-2xx`, `${sum('other')} socket errors`];
  const failed = sum('timeouts') + sum('non2xx') + sum('other') > 0;
  return `${spread(all.map((f) => f.rps)).padStart(13)} req/s   p50 ${spread(all.map((f) => f.p50)).padStart(9)} ms   p99 ${spread(all.map((f) => f.p99)).padStart(11)} ms${failed ? `   ${errors.join(', ')}` : ''}`;
};

async function waitForCatalog(url: string, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/api/events?limit=0&from=2000-01-01`).catch(() => undefined);
    if (response?.ok && ((await response.json()) as { total: number }).total >= count) return;
    if (Date.now() > deadline) throw new Error('the catalog read model did not catch up in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Waits for the server's policies to reach the head of the log: on a log written by the bench they
 * start from position 0 (no snapshot), and their replay (an idempotent OpenInventory per published
 * event) would otherwise run beside the first rows measured.
 */
async function waitForPolicies(url: string, opsToken: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/health/details`, { headers: { authorization: `Bearer ${opsToken}` } });
    const report = (await response.json().catch(() => undefined)) as
      { checks?: { policies?: { caughtUp?: boolean } } } | undefined;
    const policies = report?.checks?.policies;
    if (response.ok && (policies === undefined || policies.caughtUp)) return; // undefined: a process without policies
    if (Date.now() > deadline) throw new Error('the policies did not catch up in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function run(
  label: string,
  env: Record<string, string>,
  n: number,
  duration: number,
  connections: number,
  runs: number,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-catalog-'));
  const started = performance.now();
  const ids = await writeCatalogLog(path.join(dir, 'events.db'), n, new Date());
  const server = await startNode(
    'dist/apps/standalone/src/main.js',
    {
      DATA_DIR: dir,
      DEMO_MODE: 'false',
      WEB_DIST: path.join(dir, 'none'),
      // A database of its own per run: the projections start from the fresh log. The key store
      // too: this run's master key (a file in its data dir) does not open an earlier run's keys.
      ...(env.MONGODB_URL
        ? { MONGODB_DATABASE: `bench_catalog_${Date.now()}`, PERSONAL_DATA_KEYS_DATABASE: `bench_keys_${Date.now()}` }
        : {}),
      ...env,
    },
    '/health',
    600_000,
  );
  try {
    await waitForCatalog(server.url, n, 900_000);
    const projected = performance.now();
    await waitForPolicies(server.url, tokenSigner(dir)(['ops']), 900_000);
    console.log(
      `\n${label}: ${fmt(n)} published events written to the log and projected in ${fmt((projected - started) / 1000, 1)} s, the policies caught up ${fmt((performance.now() - projected) / 1000, 1)} s later`,
    );
    const baselinePath = `/api/events/${ids[0]}`;
    const all: [string, string][] = [
      ['baseline: GET /api/events/{id}', baselinePath],
      ...Object.entries(CATALOG_QUERIES),
    ];
    const alone: [string, string][] = [];
    for (const [name, p] of all) {
      const { median, total } = await serial(server.url, p);
      alone.push([`  ${name}`, `median ${fmt(median, 1).padStart(7)} ms   (${fmt(total)} hits)`]);
    }
    console.log(`  each query alone, one client (median of ${serialRuns}):\n${table(alone)}`);

    const figures = new Map<string, Figures[]>();
    const sold: { held: number; refused: number }[] = [];
    const record = (name: string, f: Figures) => figures.set(name, [...(figures.get(name) ?? []), f]);
    for (let r = 0; r < runs; r++) {
      if (!mixedOnly) for (const [name, p] of all) record(name, await load(server.url, [p], duration, connections));
      record(
        'mixed (all queries in rotation)',
        await load(server.url, Object.values(CATALOG_QUERIES), duration * 2, connections),
      );
      if (holdRate > 0) {
        const selling = await whileSelling(server.url, ids, tokenSigner(dir), holdRate, () =>
          load(server.url, Object.values(CATALOG_QUERIES), duration * 2, connections),
        );
        record(`mixed while ${holdRate} holds/s are placed`, selling.result);
        sold.push(selling);
      }
    }
    const rows: [string, string][] = [...figures].map(([name, f]) => [`  ${name}`, line(f)]);
    console.log(`  ${connections} connections, ${duration} s each (mixed ${duration * 2} s), ${runs} runs (min–max):`);
    console.log(table(rows));
    if (sold.length > 0)
      console.log(
        `  while selling: ${sold.map((s) => `${fmt(s.held)} holds placed, ${fmt(s.refused)} refused`).join('; ')} (per run)`,
      );
    const baseline = figures.get('baseline: GET /api/events/{id}');
    const mixed = figures.get('mixed (all queries in rotation)')!;
    const ratio = (100 * Math.min(...mixed.map((f) => f.rps))) / Math.max(...(baseline ?? []).map((f) => f.rps));
    if (baseline) console.log(`  mixed vs the baseline route: ≥ ${fmt(ratio, 1)} % of its req/s`);
    if (!env.MONGODB_URL && env.CATALOG_CACHE_ENTRIES !== '0') {
      const worst = Math.max(
        ...[...figures].filter(([name]) => !name.startsWith('baseline')).flatMap(([, f]) => f.map((x) => x.p99)),
      );
      console.log(
        `  target p99 < ${TARGET_P99_MS} ms at ${connections} connections: mixed p99 ≤ ${fmt(Math.max(...mixed.map((f) => f.p99)))} ms, worst single query ${fmt(worst)} ms → ${worst < TARGET_P99_MS ? 'MET' : 'NOT MET'}`,
      );
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same store as deployed, then with the search cache off (one run: the uncached cost). */
async function runBoth(label: string, env: Record<string, string>, n: number, connections: number): Promise<void> {
  await run(`${label}, search cache on (as deployed)`, env, n, seconds, connections, runs);
  if (process.env.BENCH_SKIP_UNCACHED !== '1')
    await run(`${label}, search cache off`, { ...env, CATALOG_CACHE_ENTRIES: '0' }, n, seconds, connections, 1);
}

async function main() {
  console.log(
    `bench:catalog — GET /api/events on the standalone server, ${connections} connections, node ${process.version}`,
  );
  const bare = await bareHttpBaseline(connections, 5);
  console.log(`baseline: bare node:http hello world ${fmt(bare)} req/s`);
  if (process.env.BENCH_SKIP_EMBEDDED !== '1')
    await runBoth('embedded (in-memory read store)', {}, events, connections);

  const ferretdb = require(path.join(__dirname, '..', '..', 'scripts', 'ferretdb.cjs')) as {
    ferretdbAvailable: () => boolean;
    startFerretDb: () => Promise<{ url: string; stop: () => Promise<void> }>;
  };
  if (process.env.MONGODB_URL)
    return runBoth('MongoDB (MONGODB_URL)', { MONGODB_URL: process.env.MONGODB_URL }, events, connections);
  if (process.env.BENCH_SKIP_FERRETDB === '1') return console.log('\nFerretDB: skipped (BENCH_SKIP_FERRETDB=1)');
  if (!ferretdb.ferretdbAvailable())
    return console.log('\nFerretDB: SKIPPED (run npm run setup:tools, or set MONGODB_URL)');
  const server = await ferretdb.startFerretDb();
  try {
    await runBoth(
      'FerretDB v1 (SQLite) via the MongoDB driver',
      { MONGODB_URL: server.url },
      ferretEvents,
      ferretConnections,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
