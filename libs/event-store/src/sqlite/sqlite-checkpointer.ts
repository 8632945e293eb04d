import type { Worker } from 'node:worker_threads';
import { startBackgroundThread } from './background-thread';

/**
 * The thread's whole program: its own connection to the log file, running a PASSIVE checkpoint
 * (copy what the WAL holds into the database file, never waiting for or blocking a writer) each
 * time it is asked. Inline so that it runs the same from source and from dist.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
parentPort.on('message', () => {
  try {
    const { busy, log, checkpointed } = checkpoint.get();
    parentPort.postMessage({ busy, log, checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

export type CheckpointResult = Readonly<{ busy: number; log: number; checkpointed: number }>;

/**
 * Moves the WAL checkpoints off the thread that appends. SQLite's automatic checkpoint runs inside
 * the COMMIT that crosses its threshold and syncs the database file there: in a flash sale that was
 * half of every append's cost (docs/benchmarks.md). The appending connection turns the automatic
 * one down to a backstop (`backstopPages`, for a thread that stopped answering), and this thread
 * checkpoints after every `everyAppends` commits (about 4 pages each). Durability is the same: a commit is in the WAL
 * before the append returns, checkpointed or not. The thread starts on the first request and does
 * not keep the process alive; one that dies is replaced on the next request.
 */
export class SqliteCheckpointer {
  /** The automatic checkpoint threshold the appending connection keeps (pages, ~4 KiB each). */
  static readonly backstopPages = 16_384;
  private worker?: Worker;
  private appends = 0;
  private running = false;
  private done = 0;
  private last?: CheckpointResult;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly path: string,
    private readonly everyAppends = 1024,
  ) {}

  /** Checkpoints that finished, and what the last one found (for tests and health). */
  get completed(): { count: number; last?: CheckpointResult } {
    return { count: this.done, ...(this.last ? { last: this.last } : {}) };
  }

  /** Called after each commit; asks the thread for a checkpoint every `everyAppends` of them. */
  appended(): void {
    if (++this.appends < this.everyAppends || this.running) return;
    this.request();
  }

  /** A checkpoint now (unless one is under way), resolved when the next one finishes. */
  checkpoint(): Promise<void> {
    const finished = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (!this.running) this.request();
    return finished;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.settle();
    await worker?.terminate();
  }

  private request(): void {
    this.appends = 0;
    this.running = true;
    (this.worker ?? this.start()).postMessage(0);
  }

  private start(): Worker {
    this.worker = startBackgroundThread<CheckpointResult & { error?: string }>(
      'checkpoint',
      PROGRAM,
      { path: this.path },
      (message) => {
        // An error (the file busy in another process's checkpoint) is left to the next request.
        if (message.error === undefined) {
          this.done++;
          const { busy, log, checkpointed } = message;
          this.last = { busy: Number(busy), log: Number(log), checkpointed: Number(checkpointed) };
        }
        this.settle();
      },
      (worker) => {
        if (this.worker === worker) this.worker = undefined;
        this.settle();
      },
    );
    return this.worker;
  }

  private settle(): void {
    this.running = false;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
