import type { RecordedEvent, Subscription, SubscriptionMessage } from '../event-store.port';

export type Page = { events: RecordedEvent[]; head: bigint };
export type PageReader = (after: bigint, limit: number) => Page;
/** Reads the next page elsewhere (another thread); undefined when it could not, and the page is read here instead. */
export type PageReaderAhead = (after: bigint, limit: number) => Promise<Page | undefined>;

/** Pages this long or longer are read ahead while the one before is worked through: a catch-up worth a thread. */
export const READ_AHEAD_MIN_PAGE = 500;

/**
 * Catch-up subscription over a paged reader. Each page is read after the head position, so when
 * a page comes back short every event up to that head has been seen: the checkpoint may move
 * there even if the filter matched nothing. SQLite commits are serialized, so positions become
 * visible in order and nothing appears later behind the checkpoint (no gaps, no duplicates).
 */
export class PollingSubscription implements Subscription {
  private closed = false;
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private soon: NodeJS.Immediate | null = null;

  constructor(
    private readonly readPage: PageReader,
    private readonly after: bigint,
    private readonly batchSize: number,
    private readonly pollIntervalMs: number,
    private readonly listen: (listener: () => void) => () => void,
    private readonly readAhead?: PageReaderAhead,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    let position = this.after;
    let behind = true;
    // An append wakes the reader after the current turn of the event loop: a burst of appends from
    // concurrent requests is then read as one page, not one query per append per subscription.
    const stopListening = this.listen(() => {
      this.soon ??= setImmediate(() => {
        this.soon = null;
        this.wakeUp();
      });
    });
    try {
      // While whole pages come back the subscription is behind: the next page is asked for before
      // this one is handed over, so reading it overlaps with the consumer's work.
      let ahead: Promise<Page | undefined> | undefined;
      const readsAhead = this.readAhead !== undefined && this.batchSize >= READ_AHEAD_MIN_PAGE;
      while (!this.closed) {
        const { events, head } = (ahead && (await ahead)) ?? this.readPage(position, this.batchSize);
        ahead = undefined;
        if (events.length > 0) {
          position = events[events.length - 1].position;
          if (readsAhead && events.length === this.batchSize) ahead = this.readAhead!(position, this.batchSize);
          yield { kind: 'events', events };
        }
        if (events.length < this.batchSize) {
          if (head > position) {
            position = head;
            yield { kind: 'checkpoint', position };
          }
          if (behind) {
            behind = false;
            yield { kind: 'caught-up', position };
          }
          await this.sleep();
        } else {
          behind = true;
        }
      }
    } finally {
      stopListening();
      if (this.soon) clearImmediate(this.soon);
      this.soon = null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    wake?.();
  }

  private sleep(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
      // Polling also sees appends made by other processes on the same file.
      this.timer = setTimeout(() => this.wakeUp(), this.pollIntervalMs);
    });
  }
}
