import type { Logger } from '@nestjs/common';
import type { EventStore, RecordedEvent, Subscription } from '@booking/event-store';
import { CHECKPOINTS } from '@booking/projections';
import type { ReadStore } from '@booking/read-store';

export type PolicySubscriptionOptions = Readonly<{
  /** Checkpoint id, e.g. `policy:open-inventory`. */
  id: string;
  eventTypes: readonly string[];
  /** Must be idempotent: after a failure or a restart the events since the checkpoint come again. */
  handle: (event: RecordedEvent) => Promise<void>;
  logger: Logger;
  retryAfterMs?: number;
}>;

type Checkpoint = { _id: string; position: number };

/**
 * A process manager's feed: every event of the given types after its stored checkpoint, in log
 * order; the checkpoint moves after each handled batch. A failing handler is logged and the feed
 * starts again from the checkpoint after a pause, so a passing outage (a mail server down) heals.
 * With the in-memory read store the checkpoint lives in the read-model snapshot: a restart resumes
 * from the snapshot's checkpoint, or replays from the start of the log when there is none, which
 * the policy's idempotence makes harmless.
 */
export class PolicySubscription {
  private subscription?: Subscription;
  private stopped = false;
  private pause?: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly options: PolicySubscriptionOptions,
  ) {}

  async start(): Promise<void> {
    const checkpoints = this.readStore.collection<Checkpoint>(CHECKPOINTS);
    const saved = await checkpoints.findOne({ _id: this.options.id });
    if (this.stopped) return;
    const subscription = this.store.subscribeToAll({
      after: BigInt(saved?.position ?? 0),
      filter: { eventTypes: this.options.eventTypes },
    });
    this.subscription = subscription;
    void this.consume(subscription, checkpoints);
  }

  private async consume(subscription: Subscription, checkpoints: ReturnType<ReadStore['collection']>) {
    try {
      let saved: number | undefined;
      for await (const message of subscription) {
        if (message.kind === 'events') for (const event of message.events) await this.options.handle(event);
        // A stretch with none of its types moves the checkpoint too: a policy whose events are rare
        // would otherwise read the whole log again from its last one at every start.
        const position = Number(
          message.kind === 'events' ? message.events[message.events.length - 1].position : message.position,
        );
        if (position === saved) continue;
        await checkpoints.replaceOne({ _id: this.options.id }, { _id: this.options.id, position }, { upsert: true });
        saved = position;
      }
    } catch (error) {
      if (this.stopped) return;
      this.options.logger.error({ err: error }, `${this.options.id} failed; retrying from its checkpoint`);
      await subscription.close().catch(() => undefined);
      this.pause = setTimeout(() => void this.start(), this.options.retryAfterMs ?? 1000);
      this.pause.unref();
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pause);
    await this.subscription?.close();
  }
}
