import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';

/**
 * Where the embedded provider keeps its intents, charges and refunds: named maps, each in
 * insertion order. `inMemory` forgets them with the process (unit tests); `sqliteMemory` keeps
 * them in a file under DATA_DIR, as Stripe keeps its own records across our restarts.
 */
export type TestModeMemory = Readonly<{ map<V>(kind: string): Map<string, V>; close(): void }>;

export const inMemory = (): TestModeMemory => ({ map: () => new Map(), close: () => undefined });

/**
 * One table of (kind, id) → JSON, write-through: each map is read once at start and every set or
 * delete is written at once. WAL with synchronous=NORMAL: a killed process loses nothing it wrote
 * (the OS has it); only a power cut may take the last writes.
 */
export function sqliteMemory(path: string): TestModeMemory {
  mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; ' +
      'CREATE TABLE IF NOT EXISTS kept (kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (kind, id))',
  );
  const upsert = db.prepare(
    'INSERT INTO kept (kind, id, doc) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc',
  );
  const remove = db.prepare('DELETE FROM kept WHERE kind = ? AND id = ?');
  const load = db.prepare('SELECT id, doc FROM kept WHERE kind = ? ORDER BY rowid');
  return {
    map: <V>(kind: string) => new KeptMap<V>(kind, { upsert, remove, load }),
    // Idempotent: Nest may run a provider's destroy hook once per module that lists it.
    close: () => {
      if (db.isOpen) db.close();
    },
  };
}

class KeptMap<V> extends Map<string, V> {
  private readonly statements: { upsert: StatementSync; remove: StatementSync };
  private readonly kind: string;

  constructor(kind: string, statements: { upsert: StatementSync; remove: StatementSync; load: StatementSync }) {
    super();
    this.kind = kind;
    this.statements = statements;
    for (const row of statements.load.all(kind) as { id: string; doc: string }[])
      super.set(row.id, JSON.parse(row.doc) as V);
  }

  override set(key: string, value: V): this {
    // Map's constructor calls set before the fields exist; nothing is loaded that way.
    if (this.statements) this.statements.upsert.run(this.kind, key, JSON.stringify(value));
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.statements.remove.run(this.kind, key);
    return super.delete(key);
  }
}
