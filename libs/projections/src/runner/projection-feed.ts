import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore, RecordedEvent, Subscription, SubscriptionMessage } from '@booking/event-store';
import type { ProjectionWorker } from './projection-worker';

export type FeedOptions = Readonly<{
  batchSize?: number;
  /** Reading the log failed (say, the personal-data key store did not answer); retried after `retryInMs`. */
  onReadError?: (error: unknown, attempt: number, retryInMs: number) => void;
  /** The first wait before reading again, doubled after each failure in a row up to `maxMs`. */
  retry?: Readonly<{ firstMs: number; maxMs: number }>;
}>;

const DEFAULT_BATCH_SIZE = 2000;
const DEFAULT_RETRY = { firstMs: 500, maxMs: 30_000 };

/**
 * One catch-up subscription feeding several projection workers (read the log once, apply it
 * many times). It starts at the lowest checkpoint; each worker skips what it has already applied.
 * A worker that fails stops the feed, so no checkpoint moves past the failed batch. Reading the
 * log may fail too: that is reported and the feed subscribes again from the lowest checkpoint
 * after a growing pause, so no event is skipped, until it reads or is stopped.
 */
export class ProjectionFeed {
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private stopped = false;
  /** Batches handed to the workers so far (a read that got on before failing waits the shortest pause again). */
  private delivered = 0;
  private readonly pause = new AbortController();

  constructor(
    private readonly store: EventStore,
    private readonly workers: readonly ProjectionWorker[],
    private readonly options: FeedOptions = {},
  ) {}

  start(): void {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const retry = this.options.retry ?? DEFAULT_RETRY;
    let failures = 0;
    while (!this.stopped) {
      const subscription = this.subscribe();
      const deliveredBefore = this.delivered;
      try {
        await this.consume(subscription);
        return; // closed by stop(), or a worker failed (reported to it)
      } catch (error) {
        await subscription.close().catch(() => undefined);
        if (this.stopped) return;
        failures = this.delivered > deliveredBefore ? 1 : failures + 1;
        const wait = Math.min(retry.firstMs * 2 ** (failures - 1), retry.maxMs);
        this.options.onReadError?.(error, failures, wait);
        await sleep(wait, undefined, { signal: this.pause.signal }).catch(() => undefined); // stop() cuts it short
      }
    }
  }

  /** From the lowest checkpoint: each worker skips what it already applied. */
  private subscribe(): Subscription {
    const after = this.workers.reduce((low, w) => (w.position < low ? w.position : low), this.workers[0].position);
    const eventTypes = [...new Set(this.workers.flatMap((w) => w.definition.eventTypes))];
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.subscription = this.store.subscribeToAll({ after, filter: { eventTypes }, batchSize });
    return this.subscription;
  }

  /**
   * Delivers until the subscription ends (stop) or a worker fails (reported to it; the feed
   * stops). An error reading the log is thrown to the caller, which retries.
   */
  private async consume(subscription: Subscription): Promise<void> {
    for await (const message of subscription) {
      if (message.kind !== 'caught-up') this.delivered++;
      const failed = await this.deliver(message);
      if (failed) {
        failed.worker.hooks.onError?.(failed.worker, failed.error);
        return; // leaving the loop closes the subscription
      }
    }
  }

  /** Which workers take each event type: a batch is split once, not filtered by every worker. */
  private readonly byType = (() => {
    const map = new Map<string, number[]>();
    this.workers.forEach((worker, i) => {
      for (const type of new Set(worker.definition.eventTypes)) {
        const takers = map.get(type);
        if (takers) takers.push(i);
        else map.set(type, [i]);
      }
    });
    return map;
  })();

  private async deliver(
    message: SubscriptionMessage,
  ): Promise<{ worker: ProjectionWorker; error: unknown } | undefined> {
    if (message.kind === 'caught-up') {
      this.workers.forEach((w) => w.markCaughtUp());
      return undefined;
    }
    const own: RecordedEvent[][] = this.workers.map(() => []);
    let last: bigint;
    if (message.kind === 'events') {
      for (const event of message.events) {
        const takers = this.byType.get(event.type);
        if (takers) for (const i of takers) own[i].push(event);
      }
      last = message.events[message.events.length - 1].position;
    } else {
      last = message.position;
    }
    for (const [i, worker] of this.workers.entries()) {
      try {
        await worker.handleOwn(own[i], last);
      } catch (error) {
        return { worker, error };
      }
    }
    return undefined;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.pause.abort();
    await this.subscription?.close();
    await this.loop;
  }
}
