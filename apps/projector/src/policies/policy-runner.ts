import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { POLICIES, PolicyExecutor, type Trigger } from '@booking/process-managers';
import { upcastRecorded } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PolicySubscription } from './policy-subscription';

/**
 * Runs every declared policy (POLICIES) from the log: one feed per policy, each with its own
 * checkpoint (the policy's id), so a failing policy retries alone and a new one starts from 0.
 */
@Injectable()
export class PolicyRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly feeds: PolicySubscription[];

  constructor(
    executor: PolicyExecutor,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
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
