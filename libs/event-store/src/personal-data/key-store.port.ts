/**
 * Where the per-person data keys live: outside the log, so destroying one erases that person's
 * personal fields from every event without rewriting history (crypto-shredding).
 * Adapters store keys wrapped with the master key (see key-wrap.ts) and keep a tombstone for a
 * destroyed key, so "erased" is told apart from "this store never had that key" (a wrong store).
 */
export type StoredKey = Buffer | 'destroyed';

export interface KeyStore {
  /** The keys known for these subjects; a subject never seen is absent from the map. */
  find(subjects: readonly string[]): Promise<Map<string, StoredKey>>;
  /** The subject's key, created if it has none; 'destroyed' once erased (never re-created). */
  obtain(subject: string): Promise<StoredKey>;
  /** Erases the subject's key for good, keeping a tombstone. Idempotent. */
  destroy(subject: string): Promise<void>;
  /**
   * How many keys have been destroyed (tombstones). It only grows: a read model built while it was
   * lower may still hold a person erased since (ReadModelSnapshots refuses such a snapshot).
   */
  erasures(): Promise<number>;
  /**
   * Proves the store answers and that this master key opens its keys (MasterKeyMismatchError
   * otherwise). It opens the check value, a key wrapped for CHECK_SUBJECT; the first check records
   * it, after opening one key written before it existed (if any), so a wrong master key is never
   * recorded as the right one. Reads only, once the check value exists (health checks run it).
   */
  check(): Promise<void>;
  close(): Promise<void>;
}

export const KEY_BYTES = 32;

/** The subject of the check value (see KeyStore.check): no person's id starts with a colon. */
export const CHECK_SUBJECT = ':master-key-check';
