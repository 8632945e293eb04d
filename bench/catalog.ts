/**
 * bench:catalog — catalog search + filters over HTTP. N published events are generated straight
 * into the read store of a small node:http server (bench/lib/catalog-server.ts) that answers
 * `GET /api/events?...` with searchCatalog; autocannon loads it with a rotating mix of typical
 * queries, then with each query alone. Embedded store first (target: p99 < 50 ms at 200
 * connections), then FerretDB v1 (or MONGODB_URL) when one can be had (figures only). Baseline
 * in the same run: a bare node:http hello world. This measures the search path; the query API
 * will route GET /api/events to the same function.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { bareHttpBaseline } from './lib/baseline';
import { startNode } from './lib/processes';
import { fmt, table } from './lib/stats';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const serialRuns = Number(process.env.BENCH_SERIAL_RUNS ?? 5);
const events = Number(process.env.BENCH_EVENTS ?? 10_000);
const ferretEvents = Number(process.env.BENCH_FERRET_EVENTS ?? 2_000);
const TARGET_P99_MS = 50;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const QUERIES: Record<string, string> = {
  text: '/api/events?q=jazz',
  'text, typo': '/api/events?q=symphny',
  'category + dates': `/api/events?category=music&from=${day(30)}&to=${day(60)}`,
  'city, by popularity': '/api/events?city=Paris&sort=popularity',
  'price range, by price': '/api/events?priceMin=1000&priceMax=3000&sort=price',
  'near + 25 km': '/api/events?lat=52.37&lng=4.9&radiusKm=25',
  'text + facets': '/api/events?q=festival&facets=true',
};

type Figures = { rps: number; p50: number; p99: number; errors: number };
async function load(url: string, paths: string[], duration: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
/** One client, one request at a time: what a query costs alone (median and worst of `serialRuns`). */
async function serial(url: string, p: string): Promise<string> {
  await fetch(url + p).then((r) => r.arrayBuffer()); // warm-up
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < serialRuns; i++) {
    const started = performance.now();
    const response = await fetch(url + p);
    total = ((await response.json()) as { total: number }).total;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return `median ${fmt(times[times.length >> 1], 1).padStart(7)} ms   max ${fmt(times.at(-1)!, 1).padStart(7)} ms   (${fmt(total)} hits)`;
}
const line = (f: Figures) =>
  `${fmt(f.rps).padStart(7)} req/s   p50 ${fmt(f.p50).padStart(5)} ms   p99 ${fmt(f.p99).padStart(5)} ms${f.errors ? `   ${f.errors} errors` : ''}`;

async function run(label: string, env: Record<string, string>, n: number, baseline: number): Promise<void> {
  const started = performance.now();
  const server = await startNode(
    'dist/bench/lib/catalog-server.js',
    { ...env, CATALOG_EVENTS: String(n) },
    '/health',
    600_000,
  );
  try {
    console.log(`\n${label}: ${fmt(n)} published events loaded in ${fmt((performance.now() - started) / 1000, 1)} s`);
    const rows: [string, string][] = [];
    for (const [name, p] of Object.entries(QUERIES)) rows.push([`  ${name}`, await serial(server.url, p)]);
    console.log(`  each query alone, one client (${serialRuns} runs):\n${table(rows)}`);
    const mixed = await load(server.url, Object.values(QUERIES), seconds);
    console.log(table([[`mixed, ${connections} connections, ${seconds} s`, line(mixed)]]));
    console.log(`  mixed vs bare node:http: ${fmt((mixed.rps / baseline) * 100, 2)} % of its req/s`);
    if (!env.MONGODB_URL)
      console.log(
        `  target p99 < ${TARGET_P99_MS} ms at ${connections} connections: ${mixed.p99 < TARGET_P99_MS ? 'MET' : 'NOT MET'}`,
      );
  } finally {
    await server.stop();
  }
}

async function main() {
  console.log(
    `bench:catalog — searchCatalog over HTTP (the search path), ${connections} connections, node ${process.version}`,
  );
  const baseline = await bareHttpBaseline(connections, 5);
  console.log(`baseline: bare node:http hello world ${fmt(baseline)} req/s`);
  await run('embedded (MemoryReadStore)', {}, events, baseline);

  const ferretdb = require(path.join(__dirname, '..', '..', 'scripts', 'ferretdb.cjs')) as {
    ferretdbAvailable: () => boolean;
    startFerretDb: () => Promise<{ url: string; stop: () => Promise<void> }>;
  };
  if (process.env.MONGODB_URL)
    return run('MongoDB (MONGODB_URL)', { MONGODB_URL: process.env.MONGODB_URL }, events, baseline);
  if (!ferretdb.ferretdbAvailable())
    return console.log('\nFerretDB: SKIPPED (run npm run setup:tools, or set MONGODB_URL)');
  const server = await ferretdb.startFerretDb();
  try {
    await run('FerretDB v1 (SQLite) via the MongoDB driver', { MONGODB_URL: server.url }, ferretEvents, baseline);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
