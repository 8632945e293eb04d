/**
 * bench:rebuild — rebuild every read model from a log of 1,000,000 events, embedded (in-memory
 * read store) and on MongoDB/FerretDB when one can be had. Baseline in the same run: reading and
 * parsing the same log from SQLite with nothing else.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SqliteEventStore } from '@booking/event-store';
import { ALL_PROJECTIONS, ProjectionRunner } from '@booking/projections';
import { MemoryReadStore, MongoReadStore, type ReadStore } from '@booking/read-store';
import { generateLog } from './lib/generate-log';
import { fmt, table } from './lib/stats';

const asked = Number(process.env.BENCH_EVENTS ?? 1_000_000);
// FerretDB v1 on SQLite manages a few hundred upserts/s and slows as collections grow.
const mongoTotal = Number(process.env.BENCH_MONGO_EVENTS ?? 5_000);

const { startFerretDb, ferretdbAvailable } = require('../../scripts/ferretdb.cjs');

function countEvents(path: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  const { count } = db.prepare('SELECT count(*) AS count FROM events').get() as { count: number };
  db.close();
  return count;
}

function rawRead(path: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  const started = performance.now();
  let count = 0;
  for (const row of db.prepare('SELECT * FROM events ORDER BY position').iterate() as Iterable<{
    data: string;
    metadata: string;
  }>) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
    count++;
  }
  db.close();
  return count / ((performance.now() - started) / 1000);
}

async function rebuild(path: string, readStore: ReadStore) {
  // BENCH_READ_AHEAD=off: every page read on this thread (the A/B of the read-ahead thread).
  const store = new SqliteEventStore({ path, readAhead: process.env.BENCH_READ_AHEAD !== 'off' });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  const runner = new ProjectionRunner(store, readStore, ALL_PROJECTIONS, { now: () => new Date() }); // the batch size the app runs with
  await runner.start();
  await runner.ready();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const counts = Object.fromEntries(
    await Promise.all(
      ALL_PROJECTIONS.map(async (p) => [
        p.name,
        await readStore.collection((await runner.collectionName(p.name))!).countDocuments(),
      ]),
    ),
  );
  await runner.stop();
  await store.close();
  return { seconds, peakMb: peak / 2 ** 20, counts };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rebuild-'));
  try {
    // BENCH_LOG=<file>: keep the generated log there and reuse it in later runs (profiling).
    const path = process.env.BENCH_LOG ?? join(dir, 'events.db');
    if (!process.env.BENCH_LOG || !existsSync(path)) {
      const t = performance.now();
      await generateLog(path, asked);
      console.log(`generated ${fmt(asked)} events in ${fmt((performance.now() - t) / 1000, 1)} s`);
    }
    const total = countEvents(path); // the generator ends a purchase it began: a few past the figure asked
    const baseline = rawRead(path);
    const embedded = await rebuild(path, new MemoryReadStore());
    const rows: [string, string][] = [
      ['baseline: raw SQLite read + JSON.parse', `${fmt(baseline)} events/s`],
      [
        'embedded rebuild (all read models)',
        `${fmt(embedded.seconds, 2)} s → ${fmt(total / embedded.seconds)} events/s`,
      ],
      ['ratio rebuild ÷ raw read', `${fmt((100 * total) / embedded.seconds / baseline, 1)} %`],
      ['peak RSS during rebuild', `${fmt(embedded.peakMb)} MB`],
      [
        'documents',
        Object.entries(embedded.counts)
          .map(([k, v]) => `${k} ${fmt(v as number)}`)
          .join(', '),
      ],
    ];
    console.log(`\nbench:rebuild — ${fmt(total)} events, ${ALL_PROJECTIONS.length} read models`);
    console.log(table(rows));
    if (mongoTotal > 0 && (process.env.MONGODB_URL || ferretdbAvailable())) {
      const mongoPath = join(dir, 'events-mongo.db');
      await generateLog(mongoPath, mongoTotal);
      const server = process.env.MONGODB_URL
        ? { url: process.env.MONGODB_URL, stop: async () => undefined }
        : await startFerretDb();
      const readStore = await MongoReadStore.connect({ url: server.url, database: `bench_${Date.now()}` });
      const mongo = await rebuild(mongoPath, readStore);
      await readStore.close();
      await server.stop();
      const label = process.env.MONGODB_URL ? 'MongoDB' : 'FerretDB (SQLite backend)';
      console.log(
        table([
          [
            `${label} rebuild of ${fmt(mongoTotal)} events`,
            `${fmt(mongo.seconds, 2)} s → ${fmt(mongoTotal / mongo.seconds)} events/s`,
          ],
        ]),
      );
    } else {
      console.log(table([['MongoDB/FerretDB', 'skipped: no MONGODB_URL and no FerretDB (npm run setup:tools)']]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
