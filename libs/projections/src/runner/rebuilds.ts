import type { ProjectionWorker } from './projection-worker';

export type RebuildState = 'running' | 'done' | 'failed';

/** What ops see of a rebuild: where it has got, how fast, and how it ended. */
export type RebuildStatus = Readonly<{
  id: string;
  projection: string;
  state: RebuildState;
  /** The collection being built (live once done). */
  collection: string;
  startedAt: string;
  finishedAt?: string;
  /** Global position the new collection has applied. */
  position: string;
  /** Events the rebuild has read from the log so far. */
  events: number;
  eventsPerSecond: number;
  error?: string;
}>;

type Rebuild = {
  projection: string;
  worker: ProjectionWorker;
  startedAt: Date;
  finishedAt?: Date;
  state: RebuildState;
  error?: string;
};

/**
 * The rebuilds this process started, by id (the new collection's name), so a rebuild runs in the
 * background and ops follow it: the ops endpoint answers 202 at once instead of holding the
 * request open for minutes. Kept in memory: a restart ends a rebuild (the live collection stays).
 */
export class Rebuilds {
  private readonly byId = new Map<string, Rebuild>();

  constructor(
    private readonly now: () => Date,
    private readonly keep = 20,
  ) {}

  begin(projection: string, worker: ProjectionWorker): string {
    this.byId.set(worker.target, { projection, worker, startedAt: this.now(), state: 'running' });
    for (const [id, rebuild] of this.byId) {
      if (this.byId.size <= this.keep) break;
      if (rebuild.state !== 'running') this.byId.delete(id);
    }
    return worker.target;
  }

  end(id: string, error?: unknown): void {
    const rebuild = this.byId.get(id);
    if (!rebuild || rebuild.state !== 'running') return;
    rebuild.finishedAt = this.now();
    rebuild.state = error === undefined ? 'done' : 'failed';
    if (error !== undefined) rebuild.error = error instanceof Error ? error.message : String(error);
  }

  status(id: string): RebuildStatus | undefined {
    const rebuild = this.byId.get(id);
    if (!rebuild) return undefined;
    const { projection, worker, startedAt, finishedAt, state, error } = rebuild;
    const seconds = Math.max(((finishedAt ?? this.now()).getTime() - startedAt.getTime()) / 1000, 0.001);
    return {
      id,
      projection,
      state,
      collection: worker.target,
      startedAt: startedAt.toISOString(),
      ...(finishedAt ? { finishedAt: finishedAt.toISOString() } : {}),
      position: String(worker.position),
      events: worker.eventsRead,
      eventsPerSecond: Math.round(worker.eventsRead / seconds),
      ...(error ? { error } : {}),
    };
  }
}
