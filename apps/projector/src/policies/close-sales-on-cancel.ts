import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EventCancellationPolicy } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PolicySubscription } from './policy-subscription';

/**
 * Process manager: EventCancelled closes the event's sales and cancels its holds (the cancel
 * handler already ran it inline; this catches a process that stopped in between). InventoryOpened
 * is watched too, so sales that opened after a cancellation (publish racing cancel) close again.
 */
@Injectable()
export class CloseSalesOnCancel implements OnModuleInit, OnApplicationShutdown {
  private readonly feed: PolicySubscription;

  constructor(
    private readonly policy: EventCancellationPolicy,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
  ) {
    this.feed = new PolicySubscription(store, readStore, {
      id: 'policy:event-cancellation',
      eventTypes: ['EventCancelled', 'InventoryOpened'],
      logger: new Logger('CloseSalesOnCancel'),
      handle: async (event) => {
        const { eventId } = event.data as { eventId: string };
        await this.policy.apply(eventId, event.id, event.metadata.correlationId);
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
