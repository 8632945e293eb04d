import { MemoryReadStore, type ReadCollection } from '@booking/read-store';
import { CATALOG_INDEXES, type CatalogDocument, searchFields } from './catalog-document';
import { CATALOG_FIXTURE, FIXTURE_NOW } from './catalog-fixture';
import type { CatalogQuery } from './catalog-query';
import { searchCatalog } from './search-catalog';
import { type CatalogVersion, CatalogSearchCache } from './search-cache';

/** The real in-memory adapter, with its reads counted (what the cache spares the store). */
async function countedCatalog() {
  const collection = new MemoryReadStore().collection<CatalogDocument>('catalog');
  for (const index of CATALOG_INDEXES) await collection.createIndex(index.keys);
  await collection.bulkWrite(CATALOG_FIXTURE.map((document) => ({ insertOne: { document } })));
  const reads = { count: 0 };
  const counted = new Proxy(collection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if ((property === 'find' || property === 'countDocuments') && typeof value === 'function')
        return (...args: unknown[]) => {
          reads.count++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return value;
    },
  });
  return { collection: counted as ReadCollection<CatalogDocument>, reads };
}

const query = (more: Partial<CatalogQuery> = {}): CatalogQuery => ({
  limit: 10,
  offset: 0,
  visibility: 'public',
  facets: true,
  ...more,
});
const ids = (result: { items: { _id: string }[] }) => result.items.map((item) => item._id);
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);
/** One turn of the event loop (what the cache's renewals run one per). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** The content version after the write at `changedAt`, read on to `position`. */
const v = (changedAt: number, position = changedAt): CatalogVersion => ({
  collection: 'catalog',
  changedAt: BigInt(changedAt),
  position: BigInt(position),
});

describe('CatalogSearchCache', () => {
  it('answers a repeated search from memory, the same as the store would', async () => {
    const { collection, reads } = await countedCatalog();
    const cache = new CatalogSearchCache();
    const first = await cache.search(collection, query({ q: 'jazz' }), FIXTURE_NOW, v(1));
    const afterFirst = reads.count;
    const again = await cache.search(collection, query({ q: 'jazz' }), FIXTURE_NOW, v(1));
    expect(reads.count).toBe(afterFirst);
    expect(again).toEqual(await searchCatalog(collection, query({ q: 'jazz' }), FIXTURE_NOW));
    expect(first.total).toBeGreaterThan(0);
  });

  it('shares one key between equal queries built in another order', async () => {
    const { collection, reads } = await countedCatalog();
    const cache = new CatalogSearchCache();
    await cache.search(collection, query({ city: 'Paris', sort: 'price' }), FIXTURE_NOW, v(1));
    const afterFirst = reads.count;
    const reordered = { sort: 'price', city: 'Paris', facets: true, visibility: 'public', offset: 0, limit: 10 };
    await cache.search(collection, reordered as CatalogQuery, FIXTURE_NOW, v(1));
    await cache.search(collection, { ...reordered, q: undefined, tags: undefined } as CatalogQuery, FIXTURE_NOW, v(1));
    expect(reads.count).toBe(afterFirst);
    await cache.search(collection, { ...reordered, tags: ['jazz'] } as CatalogQuery, FIXTURE_NOW, v(1));
    expect(reads.count).toBeGreaterThan(afterFirst); // a different query: its own key
  });

  it('searches again under a new content version and sees the write', async () => {
    const { collection } = await countedCatalog();
    const cache = new CatalogSearchCache();
    const before = await cache.search(collection, query({ q: 'zither' }), FIXTURE_NOW, v(1));
    expect(before.total).toBe(0);
    const base = CATALOG_FIXTURE[0];
    const added = { ...base, _id: 'new', title: 'Zither evening' };
    await collection.insertOne({ ...added, ...searchFields(added) });
    const after = await cache.search(collection, query({ q: 'zither' }), FIXTURE_NOW, v(2));
    expect(ids(after)).toEqual(['new']);
  });

  it('gives an answer after a write only within maxStaleMs, and never short of a named position', async () => {
    const { collection } = await countedCatalog();
    const cache = new CatalogSearchCache({ maxStaleMs: 1000 });
    const jazz = query({ q: 'zither' });
    expect((await cache.search(collection, jazz, FIXTURE_NOW, v(1, 5))).total).toBe(0);
    const added = { ...CATALOG_FIXTURE[0], _id: 'new', title: 'Zither evening' };
    await collection.insertOne({ ...added, ...searchFields(added) }); // written at position 6

    const soon = new Date(FIXTURE_NOW.getTime() + 999);
    expect((await cache.search(collection, jazz, soon, v(6))).total).toBe(0); // no position named: may lag 1 s
    expect((await cache.search(collection, jazz, FIXTURE_NOW, v(6), 5n)).total).toBe(0); // it has seen position 5
    expect((await cache.search(collection, jazz, FIXTURE_NOW, v(6), 6n)).total).toBe(1); // not position 6
    const fresh = new CatalogSearchCache({ maxStaleMs: 1000 });
    await fresh.search(collection, jazz, FIXTURE_NOW, v(1, 5));
    expect((await fresh.search(collection, jazz, new Date(soon.getTime() + 1), v(6))).total).toBe(1); // too old
    // The new answer is exact for version 6 from then on, stale window or not.
    expect((await fresh.search(collection, jazz, new Date(soon.getTime() + 5000), v(6))).total).toBe(1);
  });

  it('renews an answer the content moved past in the background, one search per turn, and gives it until then', async () => {
    const { collection, reads } = await countedCatalog();
    const cache = new CatalogSearchCache({ maxStaleMs: 1000, renewAfterMs: 500 });
    const queries = ['zither', 'jazz', 'opera'].map((q) => query({ q }));
    const before = await Promise.all(queries.map((q) => cache.search(collection, q, FIXTURE_NOW, v(1))));
    const added = { ...CATALOG_FIXTURE[0], _id: 'new', title: 'Zither evening' };
    await collection.insertOne({ ...added, ...searchFields(added) }); // written at position 2

    // Younger than renewAfterMs: given as it is, nothing renewed.
    const young = at(FIXTURE_NOW.toISOString(), 499);
    reads.count = 0;
    expect(await cache.search(collection, queries[0], young, v(2))).toBe(before[0]);
    await turn();
    expect(reads.count).toBe(0);

    // Past it: still given at once (no read in the request), each renewed in a turn of its own.
    const due = at(FIXTURE_NOW.toISOString(), 600);
    const given = await Promise.all(queries.map((q) => cache.search(collection, q, due, v(2))));
    expect(given).toEqual(before);
    expect(reads.count).toBe(0);
    const perTurn: number[] = [];
    for (let i = 0; i < 4; i++) {
      await turn();
      perTurn.push(reads.count);
    }
    expect(perTurn[0]).toBeGreaterThan(0);
    expect(perTurn[0]).toBeLessThan(perTurn[1]);
    expect(perTurn[1]).toBeLessThan(perTurn[2]);
    expect(perTurn[3]).toBe(perTurn[2]);

    // The renewed answers hold the write and are given without searching again.
    const renewed = await cache.search(collection, queries[0], at(FIXTURE_NOW.toISOString(), 700), v(2));
    expect(ids(renewed)).toEqual(['new']);
    expect(reads.count).toBe(perTurn[3]);
  });

  it('searches inline past maxStaleMs while a renewal is still queued, and the renewal then stands down', async () => {
    const { collection, reads } = await countedCatalog();
    const cache = new CatalogSearchCache({ maxStaleMs: 1000, renewAfterMs: 500 });
    const zither = query({ q: 'zither' });
    await cache.search(collection, zither, FIXTURE_NOW, v(1));
    const added = { ...CATALOG_FIXTURE[0], _id: 'new', title: 'Zither evening' };
    await collection.insertOne({ ...added, ...searchFields(added) });

    reads.count = 0;
    expect((await cache.search(collection, zither, at(FIXTURE_NOW.toISOString(), 600), v(2))).total).toBe(0); // renewal queued
    const late = await cache.search(collection, zither, at(FIXTURE_NOW.toISOString(), 1000), v(2)); // same turn: past the bound
    expect(late.total).toBe(1);
    const inline = reads.count;
    expect(inline).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) await turn();
    expect(reads.count).toBe(inline);
  });

  it('renews nothing when the content is unchanged or renewal is off', async () => {
    const { collection, reads } = await countedCatalog();
    const unchanged = new CatalogSearchCache({ maxStaleMs: 1000 });
    const off = new CatalogSearchCache({ maxStaleMs: 1000, renewAfterMs: 1000 });
    await unchanged.search(collection, query(), FIXTURE_NOW, v(1));
    await off.search(collection, query(), FIXTURE_NOW, v(1));
    reads.count = 0;
    await unchanged.search(collection, query(), at(FIXTURE_NOW.toISOString(), 900), v(1));
    await off.search(collection, query(), at(FIXTURE_NOW.toISOString(), 900), v(2));
    for (let i = 0; i < 3; i++) await turn();
    expect(reads.count).toBe(0);
  });

  it('drops an event from every answer once its end passes, without any write', async () => {
    const { collection } = await countedCatalog();
    const cache = new CatalogSearchCache();
    const ends = CATALOG_FIXTURE.map((doc) => doc.listedUntil)
      .filter((end) => end >= FIXTURE_NOW.toISOString())
      .sort()
      .slice(0, 4);
    // Every instant around the first few ends, in order: cached answers equal fresh ones throughout.
    const instants = [FIXTURE_NOW, ...ends.flatMap((end) => [at(end, -1), at(end), at(end, 1)])];
    for (const now of instants) {
      for (const q of [query(), query({ category: 'music' }), query({ limit: 0 })]) {
        const cached = await cache.search(collection, q, now, v(1));
        const fresh = await searchCatalog(collection, q, now);
        expect({ now, total: cached.total, ids: ids(cached), facets: cached.facets }).toEqual({
          now,
          total: fresh.total,
          ids: ids(fresh),
          facets: fresh.facets,
        });
      }
    }
    const first = await cache.search(collection, query({ limit: 100 }), at(ends[0]), v(1));
    const later = await cache.search(collection, query({ limit: 100 }), at(ends[0], 1), v(1));
    expect(later.total).toBe(first.total - 1);
  });

  it('searches again when the clock goes back', async () => {
    const { collection } = await countedCatalog();
    const cache = new CatalogSearchCache();
    const end = CATALOG_FIXTURE.map((doc) => doc.listedUntil)
      .filter((e) => e >= FIXTURE_NOW.toISOString())
      .sort()[0];
    const later = await cache.search(collection, query(), at(end, 1), v(1));
    const earlier = await cache.search(collection, query(), FIXTURE_NOW, v(1));
    expect(earlier.total).toBe(later.total + 1);
  });

  it('runs concurrent identical searches once', async () => {
    const { collection, reads } = await countedCatalog();
    const alone = new CatalogSearchCache();
    await alone.search(collection, query({ q: 'festival' }), FIXTURE_NOW, v(1));
    const readsForOne = reads.count;

    reads.count = 0;
    const cache = new CatalogSearchCache();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cache.search(collection, query({ q: 'festival' }), FIXTURE_NOW, v(1))),
    );
    expect(reads.count).toBe(readsForOne);
    expect(new Set(answers.map((answer) => answer.total)).size).toBe(1);
  });

  it('keeps no failed search', async () => {
    const { collection } = await countedCatalog();
    const cache = new CatalogSearchCache();
    const bad = query({ from: 'not a date' });
    await expect(cache.search(collection, bad, FIXTURE_NOW, v(1))).rejects.toThrow('from is not a date');
    await expect(cache.search(collection, bad, FIXTURE_NOW, v(1))).rejects.toThrow('from is not a date');
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries answers, and none when 0 or the version is unknown', async () => {
    const { collection, reads } = await countedCatalog();
    const small = new CatalogSearchCache({ maxEntries: 2 });
    for (const q of ['jazz', 'rock', 'opera']) await small.search(collection, query({ q }), FIXTURE_NOW, v(1));
    expect(small.size).toBe(2);

    for (const [cache, version] of [
      [new CatalogSearchCache({ maxEntries: 0 }), v(1)],
      [new CatalogSearchCache(), undefined],
    ] as const) {
      await cache.search(collection, query(), FIXTURE_NOW, version);
      const once = reads.count;
      await cache.search(collection, query(), FIXTURE_NOW, version);
      expect(reads.count).toBeGreaterThan(once);
      expect(cache.size).toBe(0);
    }
  });
});
