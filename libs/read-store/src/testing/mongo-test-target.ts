import path from 'node:path';

export type MongoServer = Readonly<{ url: string; stop: () => Promise<void> }>;
export type MongoTestTarget = Readonly<{
  /** "on FerretDB v1" or "on MONGODB_URL", for suite names. */
  label: string;
  /** FerretDB v1 lacks some operators; suites skip those cases. */
  isFerretDb: boolean;
  /** The configured server (stop does nothing) or a FerretDB started for this suite. */
  start: () => Promise<MongoServer>;
}>;

const ferretdb = require(path.resolve(__dirname, '../../../../scripts/ferretdb.cjs')) as Readonly<{
  ferretdbAvailable: () => boolean;
  startFerretDb: () => Promise<MongoServer>;
}>;

/**
 * Where a test finds a MongoDB-wire server: MONGODB_URL when set (MONGODB_URL_IS_FERRETDB=1 if it
 * is FerretDB), else a FerretDB v1 built into .cache/tools/bin. Without either, it registers a
 * skipped test with a notice — or a failing one under REQUIRE_ALL_TOOLS=1 (CI) — and returns undefined.
 */
export function mongoTestTarget(suite: string): MongoTestTarget | undefined {
  const configured = process.env.MONGODB_URL;
  if (configured !== undefined) {
    return {
      label: 'on MONGODB_URL',
      isFerretDb: process.env.MONGODB_URL_IS_FERRETDB === '1',
      start: async () => ({ url: configured, stop: async () => undefined }),
    };
  }
  if (ferretdb.ferretdbAvailable())
    return { label: 'on FerretDB v1', isFerretDb: true, start: () => ferretdb.startFerretDb() };
  const notice = `SKIPPED: ${suite} — no MONGODB_URL and no FerretDB at .cache/tools/bin/ferretdb; run npm run setup:tools`;
  if (process.env.REQUIRE_ALL_TOOLS === '1') {
    it(`${suite} needs a MongoDB-wire server (REQUIRE_ALL_TOOLS=1)`, () => {
      throw new Error(notice.replace('SKIPPED', 'MISSING'));
    });
  } else {
    console.warn(notice);
    it.skip(`${suite} (no server available)`, () => undefined);
  }
  return undefined;
}

/** Starts the target's server before the enclosing suite and stops it after; returns its URL once started. */
export function useMongoServer(target: MongoTestTarget): () => string {
  let server: MongoServer | undefined;
  beforeAll(async () => {
    server = await target.start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('The MongoDB server has not started');
    return server.url;
  };
}
