import path from 'node:path';
import { readStoreContract } from '../contract/read-store.contract';
import { MongoReadStore } from './mongodb-read-store';

/**
 * Runs the contract against a real MongoDB-wire server: MONGODB_URL when set (set
 * MONGODB_URL_IS_FERRETDB=1 too if it points at FerretDB v1), else a FerretDB started here from
 * .cache/tools/bin/ferretdb, else it is skipped with a notice (a failure under REQUIRE_ALL_TOOLS=1).
 */
type FerretDb = Readonly<{ url: string; stop: () => Promise<void> }>;
type FerretDbScript = Readonly<{
  ferretdbAvailable: () => boolean;
  startFerretDb: (options?: { dir?: string }) => Promise<FerretDb>;
}>;
const ferretdb = require(path.resolve(__dirname, '../../../../scripts/ferretdb.cjs')) as FerretDbScript;

const configuredUrl = process.env.MONGODB_URL;
const NOTICE =
  'SKIPPED: MongoDB read store contract — no MONGODB_URL and no FerretDB at .cache/tools/bin/ferretdb; run npm run setup:tools';

if (configuredUrl === undefined && !ferretdb.ferretdbAvailable()) {
  if (process.env.REQUIRE_ALL_TOOLS === '1') {
    it('needs a MongoDB-wire server (REQUIRE_ALL_TOOLS=1)', () => {
      throw new Error(NOTICE.replace('SKIPPED', 'MISSING'));
    });
  } else {
    console.warn(NOTICE);
    it.skip('ReadStore contract: MongoDB (no server available)', () => undefined);
  }
} else {
  let server: FerretDb | undefined;
  let url = configuredUrl;
  beforeAll(async () => {
    if (url !== undefined) return;
    server = await ferretdb.startFerretDb();
    url = server.url;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  const onFerretDb = configuredUrl === undefined || process.env.MONGODB_URL_IS_FERRETDB === '1';
  readStoreContract(
    onFerretDb ? 'MongoDB driver on FerretDB v1' : 'MongoDB driver on MONGODB_URL',
    () => MongoReadStore.connect({ url: url as string, database: 'read_store_contract' }),
    { ferretDbV1: onFerretDb },
  );
}
