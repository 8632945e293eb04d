import { LRUCache } from 'lru-cache';
import type { ReadCollection } from '@booking/read-store';
import type { CatalogDocument } from './catalog-document';
import type { CatalogQuery } from './catalog-query';
import { type CatalogSearchResult, searchCatalog } from './search-catalog';

/** A cached answer, computed at `from` (ms); it holds until the next event stops being listed. */
type Entry = { result: Promise<CatalogSearchResult>; from: number; until: Promise<number> };
/** The next instant an event of one content version stops being listed, as seen from `from`. */
type Horizon = { version: string; from: number; until: Promise<number> };

/**
 * Answers repeated catalog searches from memory, exactly as `searchCatalog` would. An answer is
 * keyed by the read model's content version (a token that changes with every write to the
 * collection) and the whole query, so a write makes every older answer unreachable. It also
 * depends on the time, through "not over yet": an answer computed at `t` holds until the first
 * `listedUntil` at or after `t`, when an event leaves the listing. Concurrent identical searches
 * share one computation, so a burst after a write runs each query once. Least recently used
 * answers are dropped beyond `maxEntries`. Answers are shared between callers: read them, never
 * modify them.
 */
export class CatalogSearchCache {
  private readonly entries: LRUCache<string, Entry> | undefined;
  private horizon: Horizon | undefined;

  /** `maxEntries` 0 turns the cache off (every search goes to the store). */
  constructor(readonly maxEntries = 1000) {
    this.entries = maxEntries > 0 ? new LRUCache<string, Entry>({ max: maxEntries }) : undefined;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** `version` undefined (unknown): searches without caching. */
  async search(
    collection: ReadCollection<CatalogDocument>,
    query: CatalogQuery,
    now: Date,
    version: string | undefined,
  ): Promise<CatalogSearchResult> {
    if (this.entries === undefined || version === undefined) return searchCatalog(collection, query, now);
    const at = now.getTime();
    const key = `${version}\n${stableKey(query)}`;
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.from <= at && at <= (await hit.until.catch(() => -Infinity))) return hit.result;

    // The entry is in place before anything is awaited: concurrent identical searches find it.
    const until = this.nextDelisting(collection, version, at);
    const result = until.then(() => searchCatalog(collection, query, now));
    const entry: Entry = { result, from: at, until };
    this.entries.set(key, entry);
    result.catch(() => {
      if (this.entries?.get(key) === entry) this.entries.delete(key);
    });
    return result;
  }

  /**
   * The earliest `listedUntil` at or after `at` (Infinity when none): until then, no event leaves
   * a listing. One index lookup per content version, reused while `at` stays before it.
   */
  private nextDelisting(collection: ReadCollection<CatalogDocument>, version: string, at: number): Promise<number> {
    const known = this.horizon;
    if (known !== undefined && known.version === version && known.from <= at) {
      const reusable = known.until.then((until) => (at <= until ? until : undefined));
      return reusable.then((until) => until ?? this.lookUpDelisting(collection, version, at));
    }
    return this.lookUpDelisting(collection, version, at);
  }

  private lookUpDelisting(collection: ReadCollection<CatalogDocument>, version: string, at: number): Promise<number> {
    const until = collection
      .find(
        { listedUntil: { $gte: new Date(at).toISOString() } },
        { sort: { listedUntil: 1 }, limit: 1, projection: { listedUntil: 1 } },
      )
      .then(([next]) => (next === undefined ? Infinity : Date.parse(next.listedUntil)));
    this.horizon = { version, from: at, until };
    until.catch(() => {
      if (this.horizon?.until === until) this.horizon = undefined;
    });
    return until;
  }
}

/** The query as a key: object keys sorted at every level, so equal queries built in any order share it. */
function stableKey(query: CatalogQuery): string {
  return JSON.stringify(query, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
