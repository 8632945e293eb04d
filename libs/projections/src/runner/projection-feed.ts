import type { EventStore, Subscription } from '@booking/event-store';
import type { ProjectionWorker } from './projection-worker';

/**
 * One catch-up subscription feeding several projection workers (read the log once, apply it
 * many times). It starts at the lowest checkpoint; each worker skips what it has already applied.
 * A worker that fails stops the feed, so no checkpoint moves past the failed batch.
 */
export class ProjectionFeed {
  private subscription?: Subscription;
  private loop?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly workers: readonly ProjectionWorker[],
    private readonly batchSize = 2000,
  ) {}

  start(): void {
    const after = this.workers.reduce((low, w) => (w.position < low ? w.position : low), this.workers[0].position);
    const eventTypes = [...new Set(this.workers.flatMap((w) => w.definition.eventTypes))];
    this.subscription = this.store.subscribeToAll({ after, filter: { eventTypes }, batchSize: this.batchSize });
    this.loop = this.consume(this.subscription);
  }

  private async consume(subscription: Subscription): Promise<void> {
    let current: ProjectionWorker | undefined;
    try {
      for await (const message of subscription) {
        if (message.kind === 'caught-up') {
          this.workers.forEach((w) => w.markCaughtUp());
          continue;
        }
        const events = message.kind === 'events' ? message.events : [];
        const last = message.kind === 'events' ? message.events[message.events.length - 1].position : message.position;
        for (const worker of this.workers) {
          current = worker;
          await worker.handle(events, last);
        }
      }
    } catch (error) {
      current?.hooks.onError?.(current, error);
    }
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
  }
}
