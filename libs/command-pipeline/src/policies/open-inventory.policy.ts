import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline } from '../command-pipeline';
import { readState } from '../read-state';
import { catalogModel, inventoryModel } from '../write-models';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock } from '@booking/platform';

export const SYSTEM_ACTOR = { userId: 'system:open-inventory', roles: [] } as const;

/** EventPublished → OpenInventory with the event's capacity. Idempotent: opening twice is a no-op. */
@Injectable()
export class OpenInventoryPolicy {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns the position reached. */
  async open(eventId: string, causationId: string, correlationId: string): Promise<bigint> {
    const catalog = await readState(this.store, catalogModel, eventId);
    if (catalog.status !== 'published') return 0n;
    const outcome = await this.pipeline.execute(
      inventoryModel,
      eventId,
      {
        type: 'OpenInventory',
        data: { eventId, capacity: catalog.capacity },
        metadata: { now: this.clock.now(), actor: SYSTEM_ACTOR },
      },
      { correlationId, causationId },
    );
    return outcome.position;
  }
}
