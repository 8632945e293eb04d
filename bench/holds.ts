/**
 * bench:holds — a flash sale on one event over HTTP. The server (standalone, embedded adapters)
 * runs in its own process; this process generates the load with autocannon. Afterwards the event
 * log is read back to prove no seat was sold twice. Baseline: bare node:http in the same run.
 */
import { bareHttpBaseline, emptyNestBaseline } from './lib/baseline';
import { holdsFlashSale } from './lib/holds-sale';
import { fmt, table } from './lib/stats';
import { ValidationPipe } from '@nestjs/common';
import { validationPipe, validationPipeOptions } from '@booking/platform';
import { HoldSeatsRequest } from '../apps/command-api/src/inventory/hold-seats/hold-seats.request';

const capacity = Number(process.env.BENCH_CAPACITY ?? 10_000);
const requests = Number(process.env.BENCH_REQUESTS ?? capacity * 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const buyers = 200;

/** µs per hold body through the app's pipe (compiled yes-path) and through class-validator alone. */
async function bodyValidationMicros(): Promise<{ compiled: number; classValidator: number }> {
  const classValidator = new ValidationPipe(validationPipeOptions());
  const time = async (pipe: ValidationPipe) => {
    const n = 100_000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++)
      await pipe.transform({ quantity: 1, sectionId: 'stalls' }, { type: 'body', metatype: HoldSeatsRequest });
    return Number(process.hrtime.bigint() - started) / n / 1000;
  };
  await time(validationPipe); // warm-up
  await time(classValidator);
  return { compiled: await time(validationPipe), classValidator: await time(classValidator) };
}

async function main() {
  const sale = await holdsFlashSale({ capacity, requests, connections, buyers });
  const { successes, saleSeconds, holdsPerSecond, statuses, heldInLog } = sale;
  const baseline = await bareHttpBaseline(connections, 10);
  const framework = await emptyNestBaseline(connections, 10);
  const validation = await bodyValidationMicros();

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
      [
        'hold body validation, µs per request',
        `${fmt(validation.compiled, 2)} compiled (class-validator alone: ${fmt(validation.classValidator, 2)})`,
      ],
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
