import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@booking/event-store';
import {
  type LogMark,
  type MemoryReadStore,
  type MemoryStoreState,
  checkpointsSignature,
  highestCheckpoint,
  readSnapshot,
  removeSnapshot,
  writeSnapshot,
} from '@booking/read-store';
import type { Clock } from './clock';

/** The longest a busy log defers the periodic snapshot. */
const MAX_DEFERRAL_MS = 30 * 60_000;

export type SnapshotLoad = Readonly<
  { loaded: true; position: string; documents: number; ms: number } | { loaded: false; reason: string }
>;

/**
 * The embedded read store kept across restarts: its whole state (read models, their checkpoints,
 * the policies' checkpoints and ledgers) in one file under DATA_DIR. A start loads the file when it
 * is whole and was taken from this log, then every projection and policy catches up from its own
 * checkpoint; anything else (no file, torn, altered, another log, a log shorter than the file says)
 * is discarded and the read models are rebuilt from the log, as before snapshots existed.
 * Written every `intervalMs` when the read models have moved and the log is quiet for a second (a
 * busy log defers it, at most 30 minutes), and once more at shutdown.
 * Replaying from a checkpoint is safe at any cut: each read-model document carries the position
 * last applied to it, and policies are idempotent (docs/architecture.md, "Read-model snapshots").
 */
export class ReadModelSnapshots implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadModelSnapshots');
  private timer?: NodeJS.Timeout;
  private writing?: Promise<void>;
  /** The checkpoints the last snapshot written or loaded holds (checkpointsSignature). */
  private written = '';
  private writtenAtMs = 0;
  private firstEventId?: string;
  /** How many people were erased when this process's read models began (loaded or rebuilt). */
  private erasuresAtStart = 0;
  /** Set once an erasure made this process's snapshots unusable: none is written until a restart. */
  private stale = false;
  /** What the start did with the file (for /health/details and tests). */
  lastLoad?: SnapshotLoad;

  constructor(
    readonly store: MemoryReadStore,
    private readonly events: EventStore,
    readonly file: string,
    private readonly intervalMs: number,
    private readonly clock: Clock,
    /** How many people have been erased so far (PersonalDataEventStore.erasures). */
    private readonly erasures: () => Promise<number> = async () => 0,
  ) {}

  /** Before anything reads the store: fills it from the file, or leaves it empty (rebuild). */
  async load(): Promise<SnapshotLoad> {
    this.lastLoad = await this.loadNow();
    return this.lastLoad;
  }

  private async loadNow(): Promise<SnapshotLoad> {
    const started = performance.now();
    this.erasuresAtStart = await this.erasures(); // before any read model is loaded or rebuilt
    const read = await readSnapshot(this.file);
    const refused = read.ok ? await this.refusal(read.header.log) : read.reason;
    if (refused !== undefined || !read.ok) {
      if (refused !== 'no snapshot') {
        this.logger.warn(
          { file: this.file, reason: refused },
          'read-model snapshot discarded; rebuilding from the log',
        );
        await removeSnapshot(this.file);
      }
      return { loaded: false, reason: refused ?? 'unreadable' };
    }
    this.store.importState(read.state);
    this.written = checkpointsSignature(read.state);
    this.writtenAtMs = this.clock.now().getTime();
    const loaded = {
      loaded: true as const,
      position: read.header.log.position,
      documents: read.header.documents,
      ms: Math.round(performance.now() - started),
    };
    this.logger.log(loaded, 'read models loaded from their snapshot; catching up from its checkpoints');
    return loaded;
  }

  /** Why a whole file still may not be used: it must come from this log, and the log must reach it. */
  private async refusal(mark: LogMark): Promise<string | undefined> {
    const first = await this.logFirstEventId();
    if (first !== mark.firstEventId) return 'taken from another log';
    const head = await this.events.headPosition();
    if (head < BigInt(mark.position)) return `the log ends at ${head}, before the snapshot's ${mark.position}`;
    // A person erased after its read models were built may still be in it, in clear.
    if ((mark.erasures ?? 0) !== this.erasuresAtStart) return 'a person was erased after it was written';
    return undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.logFirstEventId().catch(() => undefined); // known before shutdown closes the log
    this.timer = setInterval(() => void this.tick().catch(() => undefined), this.intervalMs).unref();
  }

  /**
   * The periodic write. It no longer pauses the process (the cut is serialized a slice per turn),
   * but serializing still costs about a second of CPU at a million events, so while the log is busy
   * (it moved within the last second) the write waits for a quieter tick, unless the last snapshot
   * is older than MAX_DEFERRAL_MS.
   */
  private async tick(): Promise<void> {
    const before = await this.events.headPosition();
    await new Promise((resolve) => setTimeout(resolve, 1000).unref());
    const busy = (await this.events.headPosition()) !== before;
    if (busy && this.clock.now().getTime() - this.writtenAtMs < MAX_DEFERRAL_MS) return;
    await this.write();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.write().catch(() => undefined);
  }

  /** Writes a snapshot if the read models moved since the last one (one write at a time). */
  write(): Promise<void> {
    this.writing ??= this.writeNow().finally(() => (this.writing = undefined));
    return this.writing;
  }

  private async writeNow(): Promise<void> {
    const started = performance.now();
    try {
      const firstEventId = await this.logFirstEventId();
      if (firstEventId === undefined) return; // an empty log
      if (await this.erasedSinceStart()) return;
      let signature = '';
      const mark = (state: MemoryStoreState): LogMark | undefined => {
        const position = highestCheckpoint(state);
        signature = checkpointsSignature(state);
        // Nothing new since the last one: no checkpoint of a projection or a policy has moved.
        if (position === 0n || signature === this.written) return undefined;
        return { firstEventId, position: String(position), erasures: this.erasuresAtStart };
      };
      const header = await writeSnapshot(this.store, this.file, mark, this.clock.now());
      if (header === undefined) return;
      this.written = signature;
      this.writtenAtMs = this.clock.now().getTime();
      this.logger.debug(
        {
          position: header.log.position,
          documents: header.documents,
          bytes: header.bodyBytes,
          ms: Math.round(performance.now() - started),
        },
        'read-model snapshot written',
      );
    } catch (error) {
      this.logger.error({ err: error, file: this.file }, 'read-model snapshot not written');
      throw error;
    }
  }

  /**
   * Someone was erased since this process's read models began: they may still hold that person, so
   * the file (which the next start would refuse anyway) is removed and no other is written until a
   * restart rebuilds them (docs/personal-data.md).
   */
  private async erasedSinceStart(): Promise<boolean> {
    if (this.stale) return true;
    const now = await this.erasures();
    if (now === this.erasuresAtStart) return false;
    this.stale = true;
    await removeSnapshot(this.file);
    this.logger.warn(
      { file: this.file },
      'a person was erased: read-model snapshot removed, none written until a restart rebuilds the read models',
    );
    return true;
  }

  private async logFirstEventId(): Promise<string | undefined> {
    this.firstEventId ??= (await this.events.readAll({ maxCount: 1 }))[0]?.id;
    return this.firstEventId;
  }
}
