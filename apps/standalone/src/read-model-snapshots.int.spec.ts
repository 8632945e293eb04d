import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PersonalDataEventStore } from '@booking/event-store';
import { DEMO_PERSONAS, ReadModelSnapshots, TokenIssuer, listen, loadConfig } from '@booking/platform';
import { ALL_PROJECTIONS, READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { createStandaloneApp } from './create-standalone-app';
import { people } from './testing/test-app';

type Dump = Record<string, unknown[]>;

async function start(dir: string, env: Record<string, string> = {}) {
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    LOG_LEVEL: 'error',
    DEMO_MODE: 'true',
    WEB_DIST: join(dir, 'no-web'),
    ...env,
  });
  const app: NestFastifyApplication = await createStandaloneApp(config);
  const url = await listen(app, config);
  return { app, url };
}

/** Every read model as its documents, by projection name (not by collection: a rebuild names its own). */
async function dump(app: NestFastifyApplication): Promise<Dump> {
  const directory = app.get<ReadModelDirectory>(READ_MODEL_DIRECTORY);
  const store = app.get<ReadStore>(READ_STORE);
  const out: Dump = {};
  for (const { name } of ALL_PROJECTIONS) {
    const collection = (await directory.collectionName(name))!;
    const docs = await store.collection(collection).find({});
    out[name] = docs.map((doc) => JSON.stringify(doc)).sort();
  }
  return out;
}

const loadOf = (app: NestFastifyApplication) => app.get(ReadModelSnapshots).lastLoad;

describe('read-model snapshots (the embedded read store across restarts)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = () => join(dir, 'read-models-standalone.snapshot');

  it('a restart loads the snapshot and catches up; the result equals a fresh rebuild, torn or foreign files are rebuilt', async () => {
    // 1. The demo platform, stopped: its read models are written to the snapshot at shutdown.
    const first = await start(dir);
    expect(loadOf(first.app)).toEqual({ loaded: false, reason: 'no snapshot' });
    await first.app.close();
    expect(existsSync(file())).toBe(true);
    copyFileSync(file(), join(dir, 'older.snapshot'));

    // 2. Started again: loaded, not rebuilt; then more happens (an event created, submitted and held).
    const second = await start(dir, { READ_MODEL_SNAPSHOT_INTERVAL_MS: '1000' });
    expect(loadOf(second.app)).toMatchObject({ loaded: true, documents: expect.any(Number) });
    const token = second.app.get(TokenIssuer).issue({ sub: people.organizer.userId, roles: people.organizer.roles });
    const created = await fetch(`${second.url}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'After The Snapshot',
        category: 'music',
        startsAt: '2031-01-01T20:00:00Z',
        venue: { name: 'Hall', city: 'Rome', country: 'IT' },
        capacity: 5,
      }),
    });
    expect(created.status).toBe(201);
    // Written while it runs too, once the log is quiet: the file changes before any stop.
    const before = statSync(file()).mtimeMs;
    for (let i = 0; i < 100 && statSync(file()).mtimeMs === before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(statSync(file()).mtimeMs).toBeGreaterThan(before);
    await second.app.close();

    // 3. The older snapshot put back: loaded, and the events since its checkpoints are applied on top.
    copyFileSync(join(dir, 'older.snapshot'), file());
    const third = await start(dir);
    expect(loadOf(third.app)).toMatchObject({ loaded: true });
    const caughtUp = await dump(third.app);
    await third.app.close();

    // 4. The same log with snapshots off: every read model rebuilt from position 0.
    const fresh = await start(dir, { READ_MODEL_SNAPSHOTS: 'off' });
    const rebuilt = await dump(fresh.app);
    await fresh.app.close();
    expect(JSON.stringify(rebuilt)).toContain('After The Snapshot');
    expect(caughtUp).toEqual(rebuilt);

    // 5. A torn file is never served: discarded, rebuilt, the same read models.
    truncateSync(file(), 1000);
    const torn = await start(dir);
    expect(loadOf(torn.app)).toEqual({ loaded: false, reason: expect.stringMatching(/^torn/) });
    expect(await dump(torn.app)).toEqual(rebuilt);
    await torn.app.close();

    // 6. A snapshot of another log (another DATA_DIR's) is refused.
    const other = mkdtempSync(join(tmpdir(), 'snapshots-other-'));
    try {
      copyFileSync(file(), join(other, 'read-models-standalone.snapshot'));
      const foreign = await start(other);
      expect(loadOf(foreign.app)).toEqual({ loaded: false, reason: 'taken from another log' });
      await foreign.app.close();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 240_000);

  it('an erasure retires the snapshots taken before it: removed at once, refused if put back, the next start rebuilds', async () => {
    const first = await start(dir);
    await first.app.close();
    copyFileSync(file(), join(dir, 'before-erasure.snapshot'));

    const running = await start(dir);
    expect(loadOf(running.app)).toMatchObject({ loaded: true });
    expect(JSON.stringify(await dump(running.app))).toContain(DEMO_PERSONAS.attendee.email);
    await running.app.get(PersonalDataEventStore).destroyKey(DEMO_PERSONAS.attendee.id);
    await running.app.get(ReadModelSnapshots).write(); // its read models may still hold her
    expect(existsSync(file())).toBe(false);
    await running.app.close(); // nor is one written at shutdown
    expect(existsSync(file())).toBe(false);

    copyFileSync(join(dir, 'before-erasure.snapshot'), file());
    const restarted = await start(dir);
    expect(loadOf(restarted.app)).toEqual({ loaded: false, reason: 'a person was erased after it was written' });
    expect(JSON.stringify(await dump(restarted.app))).not.toContain(DEMO_PERSONAS.attendee.email);
    await restarted.app.close();

    // Rebuilt with the erasure counted: its own snapshot is used again.
    const again = await start(dir);
    expect(loadOf(again.app)).toMatchObject({ loaded: true });
    await again.app.close();
  }, 240_000);
});
