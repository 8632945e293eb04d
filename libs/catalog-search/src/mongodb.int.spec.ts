import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { MongoReadStore } from '@booking/read-store';
import type { CatalogDocument } from './catalog-document';
import { catalogSearchCases } from './catalog-search.cases';

/**
 * The same cases on a MongoDB-wire server: MONGODB_URL when set, else a FerretDB v1 started here
 * from .cache/tools/bin/ferretdb, else skipped with a notice (a failure under REQUIRE_ALL_TOOLS=1).
 */
type FerretDb = Readonly<{ url: string; stop: () => Promise<void> }>;
const ferretdb = require(path.resolve(__dirname, '../../../scripts/ferretdb.cjs')) as Readonly<{
  ferretdbAvailable: () => boolean;
  startFerretDb: () => Promise<FerretDb>;
}>;
const configuredUrl = process.env.MONGODB_URL;
const NOTICE =
  'SKIPPED: catalog search on MongoDB — no MONGODB_URL and no FerretDB at .cache/tools/bin/ferretdb; run npm run setup:tools';

if (configuredUrl === undefined && !ferretdb.ferretdbAvailable()) {
  if (process.env.REQUIRE_ALL_TOOLS === '1') {
    it('needs a MongoDB-wire server (REQUIRE_ALL_TOOLS=1)', () => {
      throw new Error(NOTICE.replace('SKIPPED', 'MISSING'));
    });
  } else {
    console.warn(NOTICE);
    it.skip('catalog search on MongoDB (no server available)', () => undefined);
  }
} else {
  catalogSearchCases(
    configuredUrl === undefined ? 'MongoDB driver on FerretDB v1' : 'MongoDB driver on MONGODB_URL',
    async () => {
      const server = configuredUrl === undefined ? await ferretdb.startFerretDb() : undefined;
      const store = await MongoReadStore.connect({
        url: configuredUrl ?? (server as FerretDb).url,
        database: 'catalog_search',
      });
      const name = `catalog_${randomUUID().slice(0, 8)}`;
      return {
        collection: store.collection<CatalogDocument>(name),
        close: async () => {
          await store.dropCollection(name);
          await store.close();
          await server?.stop();
        },
      };
    },
  );
}
