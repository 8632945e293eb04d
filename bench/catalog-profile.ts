/**
 * bench:catalog:profile — where a catalog query spends its time, without HTTP: 10,000 generated
 * events in the in-memory read store, each typical query run repeatedly, time split by read
 * store call (find, countDocuments, aggregate). Run with `node --cpu-prof` for a profile.
 */
import { CATALOG_INDEXES, type CatalogDocument, type CatalogQuery, searchCatalog } from '@booking/catalog-search';
import { MemoryReadStore, type ReadCollection } from '@booking/read-store';
import { catalogDocuments } from './lib/catalog-data';
import { CATALOG_QUERIES, toCatalogQuery } from './lib/catalog-queries';
import { fmt, percentile, table } from './lib/stats';

const count = Number(process.env.BENCH_EVENTS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 50);

/** Wraps a collection so that every call's time is added to `spent[method]`. */
function timed<T extends CatalogDocument>(collection: ReadCollection<T>, spent: Map<string, number>) {
  return new Proxy(collection, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      // The memory store does its work synchronously inside the call: time the call itself.
      return (...args: unknown[]) => {
        const started = performance.now();
        const result = (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        spent.set(String(key), (spent.get(String(key)) ?? 0) + performance.now() - started);
        return result;
      };
    },
  });
}

async function main() {
  const store = new MemoryReadStore();
  const events = store.collection<CatalogDocument>('catalog');
  for (const index of CATALOG_INDEXES) await events.createIndex(index.keys);
  const docs = catalogDocuments(count, new Date());
  await events.bulkWrite(docs.map((document) => ({ insertOne: { document } })));
  const rows: [string, string][] = [];
  for (const [name, path] of Object.entries(CATALOG_QUERIES)) {
    const query: CatalogQuery = toCatalogQuery(new URL(path, 'http://bench').searchParams);
    const spent = new Map<string, number>();
    const collection = timed(events, spent);
    await searchCatalog(collection, query, new Date()); // warm-up
    spent.clear();
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      total = (await searchCatalog(collection, query, new Date())).total;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const split = [...spent].map(([method, ms]) => `${method} ${fmt(ms / runs, 2)}`).join(', ');
    rows.push([
      name,
      `median ${fmt(percentile(times, 50), 2).padStart(6)} ms  p99 ${fmt(percentile(times, 99), 2).padStart(6)} ms  ${fmt(total).padStart(6)} hits  (store ms per query: ${split})`,
    ]);
  }
  console.log(`catalog search over ${fmt(count)} events in memory, ${runs} runs per query, node ${process.version}`);
  console.log(table(rows));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
