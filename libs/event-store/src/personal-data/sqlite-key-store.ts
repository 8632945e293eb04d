import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CHECK_SUBJECT, type KeyStore, type StoredKey } from './key-store.port';
import type { KeyWrap } from './key-wrap';

/**
 * The embedded key store: one SQLite file beside the event log. secure_delete overwrites a
 * destroyed key's bytes in the file, and the rollback journal (not WAL) keeps no old copy once a
 * transaction ends: keys change rarely, so WAL's write speed is not needed here.
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: DatabaseSync;
  private readonly statements;

  constructor(
    path: string,
    private readonly keyWrap: KeyWrap,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    this.db.exec('PRAGMA busy_timeout = 10000; PRAGMA journal_mode = DELETE; PRAGMA secure_delete = ON;');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS data_keys (subject TEXT PRIMARY KEY, wrapped BLOB, destroyed_at TEXT) WITHOUT ROWID',
    );
    this.statements = {
      select: this.db.prepare('SELECT wrapped FROM data_keys WHERE subject = ?'),
      erasures: this.db.prepare(
        `SELECT count(*) AS n FROM data_keys WHERE wrapped IS NULL AND subject <> '${CHECK_SUBJECT}'`,
      ),
      anyKey: this.db.prepare('SELECT subject, wrapped FROM data_keys WHERE wrapped IS NOT NULL LIMIT 1'),
      insert: this.db.prepare(
        'INSERT INTO data_keys (subject, wrapped) VALUES (?, ?) ON CONFLICT (subject) DO NOTHING',
      ),
      destroy: this.db.prepare(
        `INSERT INTO data_keys (subject, wrapped, destroyed_at) VALUES (?, NULL, ?)
         ON CONFLICT (subject) DO UPDATE SET wrapped = NULL, destroyed_at = COALESCE(destroyed_at, excluded.destroyed_at)`,
      ),
    };
  }

  async find(subjects: readonly string[]): Promise<Map<string, StoredKey>> {
    const found = new Map<string, StoredKey>();
    for (const subject of subjects) {
      const row = this.statements.select.get(subject) as { wrapped: Uint8Array | null } | undefined;
      if (row) found.set(subject, this.unwrap(subject, row.wrapped));
    }
    return found;
  }

  async obtain(subject: string): Promise<StoredKey> {
    // A key there already is read, without making and wrapping a new one (and a write) for nothing.
    const existing = this.statements.select.get(subject) as { wrapped: Uint8Array | null } | undefined;
    if (existing) return this.unwrap(subject, existing.wrapped);
    // Insert-if-absent, then read: two processes creating the same subject's key agree on one.
    this.statements.insert.run(subject, this.keyWrap.wrap(subject, this.keyWrap.newKey()));
    const row = this.statements.select.get(subject) as { wrapped: Uint8Array | null };
    return this.unwrap(subject, row.wrapped);
  }

  async destroy(subject: string): Promise<void> {
    this.statements.destroy.run(subject, new Date().toISOString());
  }

  async erasures(): Promise<number> {
    return Number((this.statements.erasures.get() as { n: number | bigint }).n);
  }

  async check(): Promise<void> {
    const recorded = this.statements.select.get(CHECK_SUBJECT) as { wrapped: Uint8Array | null } | undefined;
    if (recorded) {
      this.unwrap(CHECK_SUBJECT, recorded.wrapped);
      return;
    }
    const earlier = this.statements.anyKey.get() as { subject: string; wrapped: Uint8Array } | undefined;
    if (earlier) this.unwrap(earlier.subject, earlier.wrapped);
    await this.obtain(CHECK_SUBJECT);
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }

  private unwrap(subject: string, wrapped: Uint8Array | null): StoredKey {
    return wrapped === null ? 'destroyed' : this.keyWrap.unwrap(subject, Buffer.from(wrapped));
  }
}
