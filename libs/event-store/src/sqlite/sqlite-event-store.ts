import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  type AllFilter,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  IdempotencyViolationError,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { type EventRow, SCHEMA, toRecorded } from './sqlite-schema';
import { SqliteCheckpointer } from './sqlite-checkpointer';
import { SqliteReadAhead } from './sqlite-read-ahead';
import { PollingSubscription } from './sqlite-subscription';
import { RecentAppends, rowTest } from './recent-appends';

export type SqliteEventStoreOptions = {
  /** File path, or ':memory:' for tests. */
  path: string;
  /** How often a live subscription looks for appends from other processes. */
  pollIntervalMs?: number;
  /**
   * A subscription far behind reads its next pages on a second thread (a file log only; on by
   * default). `false` keeps every read on the caller's thread.
   */
  readAhead?: boolean;
  /**
   * WAL checkpoints run on a thread of their own instead of inside the COMMIT that crosses
   * SQLite's threshold (a file log only; on by default; see SqliteCheckpointer). `false` keeps
   * SQLite's automatic checkpoint on the appending thread.
   */
  backgroundCheckpoints?: boolean;
};

const HEAD_SQL = 'SELECT COALESCE(MAX(position), 0) AS head FROM events';

// Appends in this process wake subscriptions at once; other processes are seen by polling.
const appendSignals = new Map<string, EventEmitter>();
let memoryStores = 0;

export class SqliteEventStore implements EventStore {
  private readonly db: DatabaseSync;
  private readonly signal: EventEmitter;
  private readonly statements: ReturnType<SqliteEventStore['prepare']>;
  private readonly pageQueries = new Map<string, StatementSync>();
  private readonly ahead?: SqliteReadAhead;
  private readonly checkpointer?: SqliteCheckpointer;
  /**
   * The revision this connection last wrote to each stream, true while no other connection has
   * committed since (`PRAGMA data_version` unchanged): a read after it (a stream worker catching up
   * before each batch) then has nothing to find. Emptied when another connection commits.
   */
  private readonly written = new Map<string, bigint>();
  private seenVersion = -1;
  /** The events this connection appended last, read by this process's subscriptions without a query. */
  private readonly recent = new RecentAppends();
  /** `data_version` inside this connection's last append: while it reads the same, nothing was committed since. */
  private ownCommitVersion = -1;

  constructor(private readonly options: SqliteEventStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new DatabaseSync(options.path);
    // busy_timeout first: switching to WAL and creating the schema must wait for other processes opening the same file.
    this.db.exec('PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    this.db.exec(SCHEMA);
    this.statements = this.prepare();
    if (options.path !== ':memory:' && options.backgroundCheckpoints !== false) {
      this.db.exec(`PRAGMA wal_autocheckpoint = ${SqliteCheckpointer.backstopPages}`);
      this.checkpointer = new SqliteCheckpointer(options.path);
    }
    if (options.path !== ':memory:' && options.readAhead !== false)
      this.ahead = new SqliteReadAhead(options.path, HEAD_SQL);
    const key = options.path === ':memory:' ? `memory:${++memoryStores}` : options.path;
    this.signal = appendSignals.get(key) ?? new EventEmitter().setMaxListeners(0);
    appendSignals.set(key, this.signal);
  }

  private prepare() {
    const bigints = (s: StatementSync) => (s.setReadBigInts(true), s);
    return {
      streamRevision: bigints(this.db.prepare('SELECT revision FROM streams WHERE name = ?')),
      eventById: bigints(this.db.prepare('SELECT stream, revision, position FROM events WHERE id = ?')),
      insert: bigints(
        this.db.prepare(
          'INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?) RETURNING position',
        ),
      ),
      upsertStream: this.db.prepare(
        'INSERT INTO streams (name, revision) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET revision = excluded.revision',
      ),
      head: bigints(this.db.prepare(HEAD_SQL)),
      dataVersion: this.db.prepare('PRAGMA data_version'),
      forwards: bigints(
        this.db.prepare('SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?'),
      ),
      backwards: bigints(
        this.db.prepare('SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      ),
    };
  }

  async append(stream: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.appendSync(stream, events, expected);
  }

  /** Synchronous core: node:sqlite is synchronous, so one append never interleaves with another in this process. */
  appendSync(stream: string, events: readonly EventToAppend[], expected: ExpectedRevision): AppendResult {
    const s = this.statements;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const row = s.streamRevision.get(stream) as { revision: bigint } | undefined;
      const current = row?.revision;
      const replay = events.length > 0 ? this.findReplay(stream, events) : undefined;
      if (replay) {
        this.db.exec('COMMIT');
        return replay;
      }
      checkExpected(stream, expected, current);
      if (events.length === 0) {
        this.db.exec('COMMIT');
        return { nextRevision: current ?? -1n, position: (s.head.get() as { head: bigint }).head };
      }
      let revision = current ?? -1n;
      let position = 0n;
      const rows: EventRow[] = [];
      for (const event of events) {
        revision += 1n;
        const data = JSON.stringify(event.data);
        const metadata = JSON.stringify(event.metadata);
        const inserted = s.insert.get(event.id, stream, revision, event.type, data, metadata) as { position: bigint };
        position = inserted.position;
        rows.push({ position, id: event.id, stream, revision, type: event.type, data, metadata });
      }
      s.upsertStream.run(stream, revision);
      this.noteOwnWrite(stream, revision);
      this.db.exec('COMMIT');
      this.recent.add(rows);
      this.checkpointer?.appended();
      this.signal.emit('append');
      return { nextRevision: revision, position };
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      if (error instanceof Error && /UNIQUE constraint failed: events\.id/.test(error.message)) {
        throw new IdempotencyViolationError(stream, `Some of these event ids were already appended elsewhere`);
      }
      throw error;
    }
  }

  /** Re-appending the same event ids is idempotent: the first append's outcome is returned. */
  private findReplay(stream: string, events: readonly EventToAppend[]): AppendResult | undefined {
    const first = this.statements.eventById.get(events[0].id) as { stream: string; revision: bigint } | undefined;
    if (!first) return undefined;
    let last: { stream: string; revision: bigint; position: bigint } | undefined;
    for (const [i, event] of events.entries()) {
      last = this.statements.eventById.get(event.id) as typeof last;
      if (!last || last.stream !== stream || last.revision !== first.revision + BigInt(i)) {
        throw new IdempotencyViolationError(stream, `Event ${event.id} does not repeat an earlier append to ${stream}`);
      }
    }
    return { nextRevision: last!.revision, position: last!.position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    // A stream this connection wrote, read past that write: the pragma only for those reads.
    const last = options.direction === 'backwards' ? undefined : this.written.get(stream);
    const pastOwnWrite = last !== undefined && options.fromRevision !== undefined && options.fromRevision > last;
    if (pastOwnWrite && this.unchangedElsewhere()) return [];
    const limit = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(stream, options.fromRevision ?? BigInt(Number.MAX_SAFE_INTEGER), limit)
        : this.statements.forwards.all(stream, options.fromRevision ?? 0n, limit);
    return (rows as EventRow[]).map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readPage(options.after ?? 0n, options.maxCount ?? 4096, options.filter, true).events;
  }

  async headPosition(): Promise<bigint> {
    return (this.statements.head.get() as { head: bigint }).head;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const ahead = this.ahead;
    const test = rowTest(options.filter);
    return new PollingSubscription(
      (after, limit) => this.readPage(after, limit, options.filter, false, test),
      options.after ?? 0n,
      options.batchSize ?? 1024,
      this.options.pollIntervalMs ?? 100,
      (listener) => {
        this.signal.on('append', listener);
        return () => this.signal.off('append', listener);
      },
      ahead &&
        ((after, limit) => {
          const { sql, params } = this.pageQuery(after, limit, options.filter);
          return ahead.page(sql, params).then(
            ({ rows, head }) => ({ events: rows.map(toRecorded), head }),
            () => undefined, // read here instead
          );
        }),
    );
  }

  /**
   * Reads a page after `after`; `head` is read first so a short page proves everything up to it was
   * seen. The log's events up to this connection's last append are all in RecentAppends from its
   * window's start, so a page inside it is read from memory. A short one ends at that last append:
   * enough for a subscription, which reads on from there when it next wakes (and then asks whether
   * another connection committed since); `complete` reads on at once instead (readAll).
   */
  private readPage(
    after: bigint,
    limit: number,
    filter: AllFilter | undefined,
    complete: boolean,
    test = rowTest(filter),
  ): { events: RecordedEvent[]; head: bigint } {
    const last = this.recent.last;
    if (after >= 0n && after <= last) {
      const page = this.recent.page(after, limit, test);
      if (page && page.events.length === limit) return { events: page.events, head: page.upTo };
      if (page && ((!complete && after < last) || this.committedOnlyHere())) return { events: page.events, head: last };
    }
    const head = (this.statements.head.get() as { head: bigint }).head;
    const { sql, params } = this.pageQuery(after, limit, filter);
    const events = (this.pageStatement(sql).all(...params) as EventRow[]).map(toRecorded);
    return { events, head };
  }

  private pageQuery(
    after: bigint,
    limit: number,
    filter?: AllFilter,
  ): { sql: string; params: (bigint | number | string)[] } {
    const types = filter?.eventTypes ?? [];
    const prefixes = filter?.streamPrefixes ?? [];
    const where = ['position > ?'];
    // `+type` keeps the planner on the primary key: walk positions in order from the checkpoint
    // and stop at the limit. The type index would sort the whole remaining log on every page.
    if (types.length > 0) where.push(`+type IN (${Array(types.length).fill('?').join(', ')})`);
    if (prefixes.length > 0) where.push(`(${Array(prefixes.length).fill("stream LIKE ? ESCAPE '\\'").join(' OR ')})`);
    return {
      sql: `SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`,
      params: [after, ...types, ...prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), limit],
    };
  }

  private pageStatement(sql: string): StatementSync {
    let statement = this.pageQueries.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      statement.setReadBigInts(true);
      this.pageQueries.set(sql, statement);
    }
    return statement;
  }

  /** Whether no other connection has committed since this one's last append. */
  private committedOnlyHere(): boolean {
    return this.dataVersion() === this.ownCommitVersion;
  }

  /** SQLite's `data_version`: it changes when another connection commits to the file. */
  private dataVersion(): number {
    return Number((this.statements.dataVersion.get() as { data_version: number | bigint }).data_version);
  }

  /** Whether no other connection committed since this one last looked; forgets what it wrote if one did. */
  private unchangedElsewhere(): boolean {
    const version = this.dataVersion();
    if (version === this.seenVersion) return true;
    this.seenVersion = version;
    this.written.clear();
    return false;
  }

  /** Inside the append's transaction, so no other commit falls between the check and the note. */
  private noteOwnWrite(stream: string, revision: bigint): void {
    this.unchangedElsewhere(); // empties the notes if another connection committed before this one
    this.ownCommitVersion = this.seenVersion;
    if (this.written.size >= 10_000) this.written.clear(); // bounded: a stream not noted is simply read
    this.written.set(stream, revision);
  }

  /** The background checkpoints so far (undefined when SQLite's automatic one runs them). */
  get checkpoints(): SqliteCheckpointer['completed'] | undefined {
    return this.checkpointer?.completed;
  }

  /** A background checkpoint now, resolved when it finished (tests; ops). */
  async checkpoint(): Promise<void> {
    await this.checkpointer?.checkpoint();
  }

  async close(): Promise<void> {
    await this.checkpointer?.close();
    await this.ahead?.close();
    if (this.db.isOpen) this.db.close();
  }
}

function checkExpected(stream: string, expected: ExpectedRevision, current: bigint | undefined): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === undefined) ||
    (expected === 'stream_exists' && current !== undefined) ||
    (typeof expected === 'bigint' && current === expected);
  if (!ok) throw new WrongExpectedRevisionError(stream, expected, current ?? 'no_stream');
}
