/**
 * bench:catalog's server: `GET /api/events?...` answered by searchCatalog over a read store
 * filled at start with CATALOG_EVENTS generated published events — the in-memory store, or
 * MongoDB/FerretDB when MONGODB_URL is set. It measures the search path, not the query API.
 */
import { createServer } from 'node:http';
import { CATALOG_INDEXES, type CatalogDocument, type CatalogQuery, searchCatalog } from '@booking/catalog-search';
import { MemoryReadStore, MongoReadStore, type ReadStore } from '@booking/read-store';
import { catalogDocuments } from './catalog-data';

const count = Number(process.env.CATALOG_EVENTS ?? 10_000);

function toQuery(params: URLSearchParams): CatalogQuery {
  const num = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  const text = (name: string) => params.get(name) ?? undefined;
  const lat = num('lat');
  const lng = num('lng');
  return {
    q: text('q'),
    category: text('category'),
    tags: params.has('tags') ? params.getAll('tags') : undefined,
    from: text('from'),
    to: text('to'),
    city: text('city'),
    near: lat !== undefined && lng !== undefined ? { lat, lng, radiusKm: num('radiusKm') ?? 25 } : undefined,
    priceMin: num('priceMin'),
    priceMax: num('priceMax'),
    available: params.get('available') === 'true' ? true : undefined,
    sort: text('sort') as CatalogQuery['sort'],
    limit: num('limit') ?? 20,
    offset: num('offset') ?? 0,
    visibility: 'public',
    facets: params.get('facets') === 'true',
  };
}

async function main() {
  const url = process.env.MONGODB_URL;
  const store: ReadStore = url
    ? await MongoReadStore.connect({ url, database: 'bench_catalog' })
    : new MemoryReadStore();
  const events = store.collection<CatalogDocument>('catalog');
  await events.deleteMany({});
  const docs = catalogDocuments(count, new Date());
  for (let i = 0; i < docs.length; i += 1000)
    await events.bulkWrite(docs.slice(i, i + 1000).map((document) => ({ insertOne: { document } })));
  // Indexes after the bulk load: faster to build once than to maintain per insert.
  for (const index of CATALOG_INDEXES) await events.createIndex(index.keys);

  createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://bench');
    if (pathname === '/health') return void response.end('ok');
    if (pathname !== '/api/events') return void response.writeHead(404).end();
    searchCatalog(events, toQuery(searchParams), new Date()).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  }).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
