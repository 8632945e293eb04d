/**
 * bench:coldstart — how long `npm start` takes to serve on a large log (issue 13: < 5 s at
 * 1,000,000 events). The built standalone app on a generated log (bench/lib/generate-log.ts), timed
 * from spawn to the first answered catalog read:
 *   1. snapshots off: every read model rebuilt from the log (the baseline, as before snapshots);
 *   2. first start with snapshots on (no file yet: a rebuild), then a graceful stop, which writes it;
 *   3. start from the snapshot; 4. the same after a kill -9 of the serving process.
 * BENCH_EVENTS (default 1,000,000).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLog } from './lib/generate-log';
import { type Child, startNode } from './lib/processes';
import { fmt, table } from './lib/stats';

const total = Number(process.env.BENCH_EVENTS ?? 1_000_000);

async function timedStart(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ child: Child; seconds: number }> {
  const started = performance.now();
  const child = await startNode(
    'dist/apps/standalone/src/main.js',
    {
      DATA_DIR: dataDir,
      DEMO_MODE: 'false',
      WEB_DIST: join(dataDir, 'none'),
      NODE_OPTIONS: '--max-old-space-size=8192',
      ...env,
    },
    '/api/events?limit=1',
    600_000,
  );
  const seconds = (performance.now() - started) / 1000;
  const answer = await fetch(`${child.url}/api/events?limit=1`);
  if (answer.status !== 200) throw new Error(`catalog answered ${answer.status}`);
  return { child, seconds };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-coldstart-'));
  const snapshot = join(dataDir, 'read-models-standalone.snapshot');
  try {
    console.log(`generating a log of ${total.toLocaleString('en')} events…`);
    await generateLog(join(dataDir, 'events.db'), total, { purchases: false }); // see generateLog

    const rebuild = await timedStart(dataDir, { READ_MODEL_SNAPSHOTS: 'off' });
    await rebuild.child.stop();

    const first = await timedStart(dataDir);
    const stopping = performance.now();
    await first.child.stop(); // writes the snapshot
    const writeSeconds = (performance.now() - stopping) / 1000;
    const bytes = statSync(snapshot).size;

    const loaded = await timedStart(dataDir);
    loaded.child.process.kill('SIGKILL');
    await new Promise((r) => loaded.child.process.once('exit', r));
    const afterKill = await timedStart(dataDir);
    await afterKill.child.stop();

    const share = (seconds: number) => `${fmt((100 * seconds) / rebuild.seconds, 0)} % of the rebuild`;
    console.log(
      table([
        ['snapshots off: every read model rebuilt from the log (baseline)', `${fmt(rebuild.seconds, 2)} s`],
        ['snapshots on, no file yet (a rebuild)', `${fmt(first.seconds, 2)} s`],
        ['from the snapshot, after a graceful stop', `${fmt(loaded.seconds, 2)} s (${share(loaded.seconds)})`],
        ['from the snapshot, after a kill -9', `${fmt(afterKill.seconds, 2)} s (${share(afterKill.seconds)})`],
      ]),
    );
    console.log(
      `\nlog: ${total.toLocaleString('en')} events; snapshot: ${fmt(bytes / 2 ** 20, 0)} MB, graceful stop with its write ${fmt(writeSeconds, 2)} s`,
    );
    console.log(`target: from the snapshot < 5 s — ${loaded.seconds < 5 && afterKill.seconds < 5 ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
