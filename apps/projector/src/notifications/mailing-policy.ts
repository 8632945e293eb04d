import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@booking/event-store';
import type { Clock, IdGenerator } from '@booking/platform';
import type { ReadStore } from '@booking/read-store';
import { PolicySubscription } from '../policies/policy-subscription';
import { NotificationLedger } from './notification-ledger';

/**
 * What every process manager that mails shares: its own feed of the log (`policy:<name>`, from
 * its own checkpoint, retried 5 s after a failure), the NotificationLedger that makes each mail go
 * out once (recorded as `system:<name>`), and starting and stopping with the app. A subclass names
 * the events it hears and handles each.
 */
export abstract class MailingPolicy implements OnModuleInit, OnApplicationShutdown {
  readonly logger: Logger;
  protected readonly ledger: NotificationLedger;
  private readonly feed: PolicySubscription;

  protected constructor(
    infrastructure: Readonly<{ store: EventStore; readStore: ReadStore; clock: Clock; ids: IdGenerator }>,
    policy: Readonly<{ name: string; logger: string; eventTypes: readonly string[] }>,
  ) {
    const { store, readStore, clock, ids } = infrastructure;
    this.logger = new Logger(policy.logger);
    this.ledger = new NotificationLedger(
      store,
      () => clock.now(),
      () => ids.next(),
      `system:${policy.name}`,
    );
    this.feed = new PolicySubscription(store, readStore, {
      id: `policy:${policy.name}`,
      eventTypes: policy.eventTypes,
      logger: this.logger,
      retryAfterMs: 5000,
      handle: (event) => this.handle(event),
    });
  }

  abstract handle(event: RecordedEvent): Promise<void>;

  onModuleInit(): Promise<void> {
    return this.feed.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.feed.close();
  }
}
