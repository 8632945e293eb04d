import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { HealthRegistry } from '@booking/platform';
import { POLICIES, PolicyExecutor, type Trigger } from '@booking/process-managers';
import { CHECKPOINTS, LagMonitor, measureLag, upcastRecorded } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PolicySubscription } from './policy-subscription';

/**
 * Runs every declared policy (POLICIES) from the log: one feed per policy, each with its own
 * checkpoint (the policy's id), so a failing policy retries alone and a new one starts from 0.
 * How far each is behind the log is in the health details (`policies`): a policy catching up (a
 * start without a snapshot replays every trigger since the log began) is work the process is
 * still doing, and a policy stuck behind is bookings not confirmed or refunds not sent.
 */
@Injectable()
export class PolicyRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly feeds: PolicySubscription[];
  /** One measurement shared by every health check within a second (it reads up to 10k events). */
  private readonly monitor = new LagMonitor(() => this.measure());

  constructor(
    executor: PolicyExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    health: HealthRegistry,
  ) {
    this.feeds = POLICIES.map(
      (policy) =>
        new PolicySubscription(store, readStore, {
          id: policy.id,
          eventTypes: policy.on,
          logger: new Logger(policy.id),
          retryAfterMs: policy.retryAfterMs,
          handle: async (event) => {
            await executor.run(policy, triggerOf(event));
          },
        }),
    );
    health.register('policies', () => this.lag());
  }

  /** Per policy: its checkpoint and the events of its types after it, up to the head (as for projections). */
  async lag() {
    const report = await this.monitor.report();
    const policies = Object.fromEntries(
      Object.entries(report.projections).map(([id, { position, behind, behindCapped }]) => [
        id,
        { position, behind, behindCapped, caughtUp: behind === 0 && !behindCapped },
      ]),
    );
    return { head: report.head, caughtUp: Object.values(policies).every((p) => p.caughtUp), policies };
  }

  private async measure() {
    const saved = await this.readStore
      .collection<{ _id: string; position: number }>(CHECKPOINTS)
      .find({ _id: { $in: POLICIES.map((policy) => policy.id) } });
    const at = new Map(saved.map((checkpoint) => [checkpoint._id, BigInt(checkpoint.position)]));
    return measureLag(
      this.store,
      Object.fromEntries(
        POLICIES.map((policy) => [
          policy.id,
          { position: at.get(policy.id) ?? 0n, eventTypes: policy.on, rebuilding: false },
        ]),
      ),
    );
  }

  async onModuleInit(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.start()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.close()));
  }
}

/** A recorded event as policies see it: the current schema of its data, its id and correlation. */
function triggerOf(recorded: RecordedEvent): Trigger {
  const { id, type, data, metadata } = upcastRecorded(recorded);
  return { id, type, data, correlationId: metadata.correlationId, occurredAt: metadata.occurredAt } as Trigger;
}
