/**
 * bench:request-cost — what one request costs the server, in CPU time, on the cheapest paths of
 * the hold route and a public read: the standalone server in its own process, autocannon from
 * this one, and the server's CPU time (user + system, all its threads, from /proc) divided by the
 * requests it answered. CPU per request moves less with a shared machine's load than requests per
 * second do. Baselines in the same run: bare node:http and the empty validated NestJS route.
 */
import { readFileSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { publishedEvent } from './lib/holds-sale';
import { startNode } from './lib/processes';
import { startStandalone } from './lib/standalone';
import { fmt, table } from './lib/stats';

const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);

/** CPU time (µs) the process has used so far, all threads (/proc/<pid>/stat utime + stime, in clock ticks of 10 ms). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

type Load = Omit<autocannon.Options, 'url'> & { path: string };

async function cost(
  url: string,
  pid: number,
  load: Load,
): Promise<{ micros: number; perSecond: number; statuses: string }> {
  const options = { ...load, url: url + load.path, connections };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const before = cpuMicros(pid);
  const result = await autocannon({ ...options, duration: seconds });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}: ${fmt(count ?? 0)}`)
    .join(', ');
  return { micros: (cpuMicros(pid) - before) / result.requests.total, perSecond: result.requests.average, statuses };
}

async function main() {
  const rows: [string, string][] = [];
  const add = (name: string, c: Awaited<ReturnType<typeof cost>>) =>
    rows.push([name, `${fmt(c.micros, 1)} µs CPU/request   ${fmt(c.perSecond)} req/s   (${c.statuses})`]);

  const bare = await startNode('dist/bench/lib/hello-server.js', {}, '/');
  add('bare node:http hello world', await cost(bare.url, bare.process.pid!, { path: '/' }));
  await bare.stop();
  const nest = await startNode('dist/bench/lib/nest-hello.js', {}, '/api/events/x/holds', 30_000, 'POST');
  const hold = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: '{"quantity":1}' };
  add('empty validated NestJS POST', await cost(nest.url, nest.process.pid!, { path: '/api/events/x/holds', ...hold }));
  await nest.stop();

  const server = await startStandalone('request-cost');
  const pid = server.process.pid!;
  const eventId = await publishedEvent(server, 1, 100);
  const buyer = { authorization: `Bearer ${server.token(['attendee'])}`, 'content-type': 'application/json' };
  const first = await fetch(`${server.url}/api/events/${eventId}/holds`, {
    method: 'POST',
    headers: buyer,
    body: '{"quantity":1}',
  });
  if (first.status !== 201) throw new Error(`the one place was not held: ${first.status}`);
  const holds = `/api/events/${eventId}/holds`;
  add('app: GET /api/events/{id} (anonymous)', await cost(server.url, pid, { path: `/api/events/${eventId}` }));
  add('app: hold refused at the guard (401)', await cost(server.url, pid, { path: holds, ...hold }));
  add('app: hold refused, sold out (409)', await cost(server.url, pid, { path: holds, ...hold, headers: buyer }));
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });

  console.log(`\nbench:request-cost — ${connections} connections, ${seconds} s each`);
  console.log(table(rows));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
