import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Subject } from 'rxjs';
import { EVENT_STORE, type EventStore, type Subscription } from '@booking/event-store';
import {
  type AvailabilityDoc,
  INVENTORY_EVENTS,
  READ_MODEL_DIRECTORY,
  type ReadModelDirectory,
  eventAvailabilityProjection,
} from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { availabilityView } from '../../catalog/event-views';

export type AvailabilityView = ReturnType<typeof availabilityView>;

/**
 * Live updates come from tailing the event log: for each batch of inventory events, wait until
 * the read models have applied it, then publish the fresh availability of the events touched.
 */
@Injectable()
export class LiveAvailability implements OnModuleInit, OnApplicationShutdown {
  readonly changes = new Subject<AvailabilityView>();
  private subscription?: Subscription;
  private readonly logger = new Logger('LiveAvailability');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    private readonly readModels: ReadModels,
  ) {}

  async onModuleInit(): Promise<void> {
    const head = await this.store.headPosition();
    this.subscription = this.store.subscribeToAll({ after: head, filter: { eventTypes: INVENTORY_EVENTS } });
    void this.tail(this.subscription);
  }

  private async tail(subscription: Subscription): Promise<void> {
    try {
      for await (const message of subscription) {
        if (message.kind !== 'events' || this.changes.observers.length === 0) continue;
        const last = message.events[message.events.length - 1].position;
        // Only the read model it answers from: another one building or stalled must not hold it up.
        await this.directory.waitFor(last, 5000, [eventAvailabilityProjection.name]);
        const ids = [...new Set(message.events.map((e) => (e.data as { eventId: string }).eventId))];
        const availability = await this.readModels.collection<AvailabilityDoc>(eventAvailabilityProjection.name);
        for (const doc of await availability.find({ _id: { $in: ids } })) this.changes.next(availabilityView(doc));
      }
    } catch (error) {
      this.logger.error({ err: error }, 'live availability feed stopped');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.changes.complete();
    await this.subscription?.close();
  }
}
