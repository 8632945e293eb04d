import { CATALOG_FIXTURE } from './catalog-fixture';
import type { CatalogQuery } from './catalog-query';
import type { searchCatalog } from './search-catalog';

/* What the catalog search cases share (apart from catalog-search.cases, so that the cases it runs need not import it back). */

/** Published and not over at FIXTURE_NOW: what the public sees without filters. */
export const PUBLIC = CATALOG_FIXTURE.filter((doc) => doc.status === 'published' && doc._id !== 'e41');

export type SearchContext = { search: (query: Partial<CatalogQuery>) => ReturnType<typeof searchCatalog> };
