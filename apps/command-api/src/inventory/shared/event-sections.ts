import { Inject, Injectable } from '@nestjs/common';
import { catalogModel, inventoryModel, readState } from '@booking/command-pipeline';
import { inventoryPartitionId, sectionIdsOf } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';

/** Which inventory partitions an event has, from its catalog stream (write side, no read model lag). */
@Injectable()
export class EventSections {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every section an event's plans have had (current first), or [] without a plan. */
  async all(eventId: string): Promise<string[]> {
    const catalog = await readState(this.store, catalogModel, eventId);
    return catalog.status === 'none' ? [] : sectionIdsOf(catalog);
  }

  /**
   * The section whose partition has the hold, for a client that does not say (an older one).
   * Undefined: no section's partition has it, so the whole-event one decides (it has the hold, or
   * answers not found).
   */
  async holding(eventId: string, holdId: string): Promise<string | undefined> {
    for (const sectionId of await this.all(eventId)) {
      const partition = await readState(this.store, inventoryModel, inventoryPartitionId(eventId, sectionId));
      if (partition.holds.has(holdId)) return sectionId;
    }
    return undefined;
  }
}
