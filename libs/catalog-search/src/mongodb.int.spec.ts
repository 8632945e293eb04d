import { randomUUID } from 'node:crypto';
import { MongoReadStore } from '@booking/read-store';
import { mongoTestTarget } from '../../read-store/src/testing/mongo-test-target';
import type { CatalogDocument } from './catalog-document';
import { catalogSearchCases } from './catalog-search.cases';

/** The same cases on a MongoDB-wire server (see mongoTestTarget for where it comes from). */
const target = mongoTestTarget('catalog search on MongoDB');
if (target) {
  catalogSearchCases(`MongoDB driver ${target.label}`, async () => {
    const server = await target.start();
    const store = await MongoReadStore.connect({
      url: server.url,
      database: 'catalog_search',
    });
    const name = `catalog_${randomUUID().slice(0, 8)}`;
    return {
      collection: store.collection<CatalogDocument>(name),
      close: async () => {
        await store.dropCollection(name);
        await store.close();
        await server.stop();
      },
    };
  });
}
