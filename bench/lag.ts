/**
 * bench:lag — projection lag under steady load: how long from a command's append until the
 * query API shows it. A prober holds a seat, then asks for availability at the returned position
 * (X-Min-Position: the query API answers once its projections have passed it). Baseline in the
 * same run: the same probe on an idle server. Also reads the server's own append→projected histogram.
 */
import { rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { startStandalone } from './lib/standalone';
import { fmt, percentile, table } from './lib/stats';

const rate = Number(process.env.BENCH_RATE ?? 2000); // background holds per second
const seconds = Number(process.env.BENCH_SECONDS ?? 15);

async function main() {
  const server = await startStandalone('lag');
  const { dataDir } = server;
  try {
    const { token } = server;
    const organizer = token(['organizer']);
    const call = async (
      method: string,
      path: string,
      bearer?: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const response = await fetch(server.url + path, {
        method,
        headers: {
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, string>>;
    };
    const events: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { eventId } = await call('POST', '/api/events', organizer, {
        title: `Steady Sale ${i}`,
        category: 'music',
        startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        venue: { name: 'Lag Hall', city: 'Lagos', country: 'NG' },
        capacity: 200_000,
        priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 1500, currency: 'EUR' } }],
      });
      await call('POST', `/api/events/${eventId}/submit`, organizer);
      await call('POST', `/api/events/${eventId}/approve`, token(['admin']));
      await call('POST', `/api/events/${eventId}/publish`, organizer);
      events.push(eventId);
    }
    const buyer = token(['attendee']);
    const probe = async (count: number, pauseMs: number) => {
      const lags: number[] = [];
      for (let i = 0; i < count; i++) {
        const eventId = events[i % events.length];
        const started = performance.now();
        const { position } = await call('POST', `/api/events/${eventId}/holds`, buyer, { quantity: 1 });
        const appended = performance.now();
        await call('GET', `/api/events/${eventId}/availability`, undefined, undefined, { 'x-min-position': position });
        lags.push(performance.now() - appended);
        if (performance.now() - started < pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
      return lags.sort((a, b) => a - b);
    };

    const idle = await probe(200, 5);
    const buyers = Array.from({ length: 50 }, () => token(['attendee']));
    const load = autocannon({
      url: server.url,
      connections: 50,
      overallRate: rate,
      duration: seconds,
      requests: buyers.map((t, i) => ({
        method: 'POST',
        path: `/api/events/${events[i % events.length]}/holds`,
        headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' },
        body: '{"quantity":1}',
      })),
    });
    await new Promise((r) => setTimeout(r, 1000));
    const loaded = await probe(Math.floor((seconds - 3) * 40), 25);
    const result = await load;
    const metrics = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token(['ops'])}` } })
    ).text();
    const delay = histogramQuantiles(metrics, 'projection_visible_delay_seconds', 'event-availability');

    console.log(
      `\nbench:lag — background load ${fmt(rate)} holds/s for ${seconds} s over ${events.length} events (achieved ${fmt(result.requests.average)} req/s, ${fmt(result.non2xx)} non-2xx)`,
    );
    console.log(
      table([
        [
          'baseline (idle): append → visible p50 / p99',
          `${fmt(percentile(idle, 50), 2)} ms / ${fmt(percentile(idle, 99), 2)} ms`,
        ],
        [
          'under load: append → visible p50 / p99',
          `${fmt(percentile(loaded, 50), 2)} ms / ${fmt(percentile(loaded, 99), 2)} ms (${loaded.length} probes)`,
        ],
        [
          'server histogram append → projected p50 / p99',
          `≤ ${fmt(delay.p50 * 1000)} ms / ≤ ${fmt(delay.p99 * 1000)} ms (bucket bounds)`,
        ],
      ]),
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Upper bucket bounds holding the 50th and 99th percentiles of a Prometheus histogram. */
function histogramQuantiles(text: string, name: string, projection: string) {
  const buckets = [
    ...text.matchAll(new RegExp(`^${name}_bucket\\{le="([^"]+)",projection="${projection}"\\} (\\d+)`, 'gm')),
  ].map((m) => ({
    le: m[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m[1]),
    count: Number(m[2]),
  }));
  const total = buckets[buckets.length - 1]?.count ?? 0;
  const at = (q: number) => buckets.find((b) => b.count >= q * total)?.le ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
