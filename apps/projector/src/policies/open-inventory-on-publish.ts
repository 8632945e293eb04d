import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { OpenInventoryPolicy } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore, type Subscription } from '@booking/event-store';
import { CHECKPOINTS } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';

const CHECKPOINT_ID = 'policy:open-inventory';

/**
 * Process manager: every EventPublished opens the event's inventory, and every SeatingPlanSet of a
 * published event re-plans its partitions (both idempotent), from a stored checkpoint.
 */
@Injectable()
export class OpenInventoryOnPublish implements OnModuleInit, OnApplicationShutdown {
  private subscription?: Subscription;
  private readonly logger = new Logger('OpenInventoryOnPublish');

  constructor(
    private readonly policy: OpenInventoryPolicy,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {}

  async onModuleInit(): Promise<void> {
    const checkpoints = this.readStore.collection<{ _id: string; position: number }>(CHECKPOINTS);
    const saved = await checkpoints.findOne({ _id: CHECKPOINT_ID });
    this.subscription = this.store.subscribeToAll({
      after: BigInt(saved?.position ?? 0),
      filter: { eventTypes: ['EventPublished', 'SeatingPlanSet'] },
    });
    void (async () => {
      try {
        for await (const message of this.subscription!) {
          if (message.kind !== 'events') continue;
          for (const event of message.events) {
            const { eventId } = event.data as { eventId: string };
            await this.policy.open(eventId, event.id, event.metadata.correlationId);
          }
          const position = Number(message.events[message.events.length - 1].position);
          await checkpoints.replaceOne({ _id: CHECKPOINT_ID }, { _id: CHECKPOINT_ID, position }, { upsert: true });
        }
      } catch (error) {
        this.logger.error({ err: error }, 'open-inventory policy stopped');
      }
    })();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.close();
  }
}
