import type { Worker } from 'node:worker_threads';
import { startBackgroundThread } from './background-thread';
import type { EventRow } from './sqlite-schema';

/** A page of rows as the page query returns them, and the head read just before it. */
export type RowPage = { rows: EventRow[]; head: bigint };

/**
 * The worker's whole program: its own read-only connection to the log file, answering page
 * requests with the head first and the page after (the order a page's proof of completeness
 * needs, as on the main connection). Inline so that it runs the same from source and from dist.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path, { readOnly: true });
db.exec('PRAGMA busy_timeout = 10000');
const head = db.prepare(workerData.headSql);
head.setReadBigInts(true);
const pages = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let page = pages.get(sql);
    if (!page) {
      page = db.prepare(sql);
      page.setReadBigInts(true);
      pages.set(sql, page);
    }
    const at = head.get().head;
    parentPort.postMessage({ id, rows: page.all(...params), head: at });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

type Waiting = { resolve: (page: RowPage) => void; reject: (error: Error) => void };

/**
 * Reads pages of the log on a second thread while the caller works through the page before:
 * a catch-up (a rebuild, a projector far behind) then spends its own thread on applying events,
 * not on stepping SQLite. Only whole rows cross the threads (strings copy cheaply); parsing stays
 * with the caller, as a structured clone of parsed objects costs more than parsing them.
 * The thread starts on the first request and does not keep the process alive (startBackgroundThread).
 */
export class SqliteReadAhead {
  private worker?: Worker;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly path: string,
    private readonly headSql: string,
  ) {}

  page(sql: string, params: readonly unknown[]): Promise<RowPage> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<RowPage>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, sql, params });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the event store was closed'));
    await worker?.terminate();
  }

  private start(): Worker {
    this.worker = startBackgroundThread<{ id: number; rows?: EventRow[]; head?: bigint; error?: string }>(
      'read-ahead',
      PROGRAM,
      { path: this.path, headSql: this.headSql },
      (message) => {
        const waiting = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.error !== undefined) waiting?.reject(new Error(message.error));
        else waiting?.resolve({ rows: message.rows!, head: message.head! });
      },
      // A thread that dies takes its requests with it; the next request starts another.
      (worker, error) => {
        if (this.worker === worker) this.worker = undefined;
        this.failAll(error);
      },
    );
    return this.worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}
