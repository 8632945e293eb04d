import { LRUCache } from 'lru-cache';
import { canonicalJson } from '@booking/domain';
import type { ReadCollection } from '@booking/read-store';
import type { CatalogDocument } from './catalog-document';
import type { CatalogQuery } from './catalog-query';
import { RefreshQueue } from './refresh-queue';
import { type CatalogSearchResult, searchCatalog } from './search-catalog';

/**
 * What the catalog read model holds when a search starts: its collection, the position of its
 * last write (the content changes only when this does) and how far it has read the log.
 */
export type CatalogVersion = Readonly<{ collection: string; changedAt: bigint; position: bigint }>;

/** A cached answer, computed at `from` (ms) over content `version`; it holds until the next event stops being listed. */
type Entry = {
  result: Promise<CatalogSearchResult>;
  from: number;
  until: Promise<number>;
  version: CatalogVersion;
  /** A renewal of this answer is queued or running. */
  renewing?: true;
};
/** The next instant an event of one content version stops being listed, as seen from `from`. */
type Horizon = { version: CatalogVersion; from: number; until: Promise<number> };

export type CatalogSearchCacheOptions = {
  /** Answers kept (least recently used dropped first); 0 turns the cache off. */
  maxEntries?: number;
  /**
   * How long (ms) an answer may still be given after the read model changed, to a request that
   * names no position of its own. The read model itself trails the log; this bounds the extra
   * lag, so a busy sale (a write per hold) does not turn every answer over. 0: always exact.
   */
  maxStaleMs?: number;
  /**
   * Age (ms) after which an answer the read model has moved past is renewed in the background
   * while it is still given, so it is replaced before `maxStaleMs` runs out. Default: three
   * quarters of `maxStaleMs`; a value ≥ `maxStaleMs` turns renewal off.
   */
  renewAfterMs?: number;
};

/**
 * Answers repeated catalog searches from memory, as `searchCatalog` would. An answer is kept per
 * collection and query with the content version it was computed over:
 * - **Writes.** It is given again while the content is unchanged; after a write, only within
 *   `maxStaleMs` of its computation, and never to a request naming a position (read-your-writes)
 *   that it has not reached.
 * - **Time.** "Not over yet" depends on the time: an answer computed at `t` holds until the first
 *   `listedUntil` at or after `t`, when an event leaves the listing; a clock going back searches again.
 * - **Bursts.** Concurrent identical searches share one computation; a failed search is not kept.
 * - **Renewal.** During a sale every answer goes stale about once per `maxStaleMs`, and answers
 *   computed together go stale together: renewed inline, they would be searched back to back in
 *   one turn of the event loop while every waiting request queues behind them. An answer past
 *   `renewAfterMs` is therefore renewed in the background, one search per turn (`RefreshQueue`),
 *   and keeps being given until its renewal replaces it (or `maxStaleMs` runs out).
 * Answers are shared between callers: read them, never modify them.
 */
export class CatalogSearchCache {
  private readonly entries: LRUCache<string, Entry> | undefined;
  private readonly maxStaleMs: number;
  private readonly renewAfterMs: number;
  private readonly renewals = new RefreshQueue();
  private horizon: Horizon | undefined;

  constructor({ maxEntries = 1000, maxStaleMs = 0, renewAfterMs }: CatalogSearchCacheOptions = {}) {
    this.entries = maxEntries > 0 ? new LRUCache<string, Entry>({ max: maxEntries }) : undefined;
    this.maxStaleMs = maxStaleMs;
    this.renewAfterMs = renewAfterMs ?? Math.floor((maxStaleMs * 3) / 4);
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** `version` undefined (unknown): searches without caching. `minPosition`: what the request must see. */
  async search(
    collection: ReadCollection<CatalogDocument>,
    query: CatalogQuery,
    now: Date,
    version: CatalogVersion | undefined,
    minPosition?: bigint,
  ): Promise<CatalogSearchResult> {
    if (this.entries === undefined || version === undefined) return searchCatalog(collection, query, now);
    const at = now.getTime();
    const key = `${version.collection}\n${canonicalJson(query)}`;
    const hit = this.entries.get(key);
    if (hit !== undefined && this.current(hit, version, at, minPosition)) {
      if (at <= (await hit.until.catch(() => -Infinity))) {
        if (this.due(hit, version, at)) this.renew(key, hit, collection, query, now, version);
        return hit.result;
      }
    }
    return this.compute(key, collection, query, now, version).result;
  }

  /** Searches and keeps the answer under `key`; the entry is in place before anything is awaited, so concurrent identical searches find it. */
  private compute(
    key: string,
    collection: ReadCollection<CatalogDocument>,
    query: CatalogQuery,
    now: Date,
    version: CatalogVersion,
  ): Entry {
    const at = now.getTime();
    const until = this.nextDelisting(collection, version, at);
    const result = until.then(() => searchCatalog(collection, query, now));
    const entry: Entry = { result, from: at, until, version };
    this.entries!.set(key, entry);
    result.catch(() => {
      if (this.entries?.peek(key) === entry) this.entries.delete(key);
    });
    return entry;
  }

  /** Whether a current answer the content has moved past is old enough to be renewed in the background. */
  private due(entry: Entry, version: CatalogVersion, at: number): boolean {
    return (
      entry.renewing === undefined &&
      this.renewAfterMs < this.maxStaleMs &&
      entry.version.changedAt !== version.changedAt &&
      at - entry.from >= this.renewAfterMs
    );
  }

  /**
   * Queues a search that replaces `entry`, as of the request that found it due (`now`, `version`:
   * the content searched is at least that new). Skipped when something else replaced it first.
   */
  private renew(
    key: string,
    entry: Entry,
    collection: ReadCollection<CatalogDocument>,
    query: CatalogQuery,
    now: Date,
    version: CatalogVersion,
  ): void {
    entry.renewing = true;
    this.renewals.push(async () => {
      if (this.entries?.peek(key) !== entry) return;
      await this.compute(key, collection, query, now, version).result;
    });
  }

  /** Whether an entry may answer a request at `at` over `version` (the time horizon aside). */
  private current(entry: Entry, version: CatalogVersion, at: number, minPosition: bigint | undefined): boolean {
    if (at < entry.from || entry.version.collection !== version.collection) return false;
    if (entry.version.changedAt === version.changedAt) return true;
    const young = at - entry.from < this.maxStaleMs;
    return minPosition === undefined ? young : young && entry.version.position >= minPosition;
  }

  /**
   * The earliest `listedUntil` at or after `at` (Infinity when none): until then, no event leaves
   * a listing. One index lookup per content version, reused while `at` stays before it.
   */
  private nextDelisting(
    collection: ReadCollection<CatalogDocument>,
    version: CatalogVersion,
    at: number,
  ): Promise<number> {
    const known = this.horizon;
    if (known !== undefined && sameContent(known.version, version) && known.from <= at) {
      const reusable = known.until.then((until) => (at <= until ? until : undefined));
      return reusable.then((until) => until ?? this.lookUpDelisting(collection, version, at));
    }
    return this.lookUpDelisting(collection, version, at);
  }

  private lookUpDelisting(
    collection: ReadCollection<CatalogDocument>,
    version: CatalogVersion,
    at: number,
  ): Promise<number> {
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

const sameContent = (a: CatalogVersion, b: CatalogVersion) =>
  a.collection === b.collection && a.changedAt === b.changedAt;
