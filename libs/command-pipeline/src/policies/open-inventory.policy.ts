import { Inject, Injectable } from '@nestjs/common';
import { inventoryPartitionId } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CommandPipeline } from '../command-pipeline';
import { readState } from '../read-state';
import { catalogModel, inventoryModel } from '../write-models';
import { partitionsOf } from './inventory-partitions';

export const SYSTEM_ACTOR = { userId: 'system:open-inventory', roles: [] } as const;

/**
 * EventPublished or SeatingPlanSet → the event's inventory matches its catalog: each partition
 * (plan section, or the whole event) is opened, or re-planned to the current plan version.
 * Idempotent: opening an open partition and re-planning to a version already applied do nothing.
 */
@Injectable()
export class OpenInventoryPolicy {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Returns the position reached. */
  async open(eventId: string, causationId: string, correlationId: string): Promise<bigint> {
    const catalog = await readState(this.store, catalogModel, eventId);
    if (catalog.status !== 'published') return 0n;
    const planVersion = catalog.seating?.planVersion;
    let position = 0n;
    for (const partition of partitionsOf(catalog)) {
      const data = { eventId, ...partition, ...(planVersion ? { planVersion } : {}) };
      // OpenInventory opens or re-plans; a retired section (capacity 0) is only re-planned, which
      // does nothing to a partition that never opened.
      const outcome = await this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, partition.sectionId),
        partition.capacity === 0 && planVersion
          ? { type: 'ReplanInventory', data: { ...data, planVersion } }
          : { type: 'OpenInventory', data },
        { actor: SYSTEM_ACTOR, correlationId, causationId },
      );
      if (outcome.position > position) position = outcome.position;
    }
    return position;
  }
}
