import { MemoryReadStore } from '@booking/read-store';
import type { CatalogDocument } from './catalog-document';
import { catalogSearchCases } from './catalog-search.cases';

catalogSearchCases('memory read store', async () => ({
  collection: new MemoryReadStore().collection<CatalogDocument>('catalog'),
  close: async () => undefined,
}));
