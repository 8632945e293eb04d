/**
 * bench:holds — a flash sale on one event over HTTP. The server (standalone, embedded adapters)
 * runs in its own process; this process generates the load with autocannon. Afterwards the event
 * log is read back to prove no seat was sold twice. Baseline: bare node:http in the same run.
 */
import { bareHttpBaseline, emptyNestBaseline } from './lib/baseline';
import { holdsFlashSale } from './lib/holds-sale';
import { fmt, table } from './lib/stats';

const capacity = Number(process.env.BENCH_CAPACITY ?? 10_000);
const requests = Number(process.env.BENCH_REQUESTS ?? capacity * 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const buyers = 200;

async function main() {
  const sale = await holdsFlashSale({ capacity, requests, connections, buyers });
  const { successes, saleSeconds, holdsPerSecond, statuses, heldInLog } = sale;
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
      ['all responses/s', fmt(sale.responsesPerSecond)],
      ['latency p50 / p99', `${fmt(sale.p50, 1)} ms / ${fmt(sale.p99, 1)} ms`],
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
