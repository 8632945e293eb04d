import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { OpenInventoryPolicy } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PolicySubscription } from './policy-subscription';

/**
 * Process manager: every EventPublished opens the event's inventory, and every SeatingPlanSet of a
 * published event re-plans its partitions (both idempotent), from a stored checkpoint.
 */
@Injectable()
export class OpenInventoryOnPublish implements OnModuleInit, OnApplicationShutdown {
  private readonly feed: PolicySubscription;

  constructor(
    private readonly policy: OpenInventoryPolicy,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
  ) {
    this.feed = new PolicySubscription(store, readStore, {
      id: 'policy:open-inventory',
      eventTypes: ['EventPublished', 'SeatingPlanSet'],
      logger: new Logger('OpenInventoryOnPublish'),
      handle: async (event) => {
        const { eventId } = event.data as { eventId: string };
        await this.policy.open(eventId, event.id, event.metadata.correlationId);
      },
    });
  }

  onModuleInit(): Promise<void> {
    return this.feed.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.feed.close();
  }
}
