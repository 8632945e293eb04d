import { Inject, Injectable } from '@nestjs/common';
import { catalogModel, inventoryModel, readState } from '@booking/command-pipeline';
import { type InventoryState, inventoryPartitionId, sectionIdsOf } from '@booking/domain';
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
  holding(eventId: string, holdId: string): Promise<string | undefined> {
    return this.sectionWhere(eventId, (partition) => partition.holds.has(holdId));
  }

  /** The section whose partition has (or had) the waitlist entry; undefined as for `holding`. */
  waiting(eventId: string, entryId: string): Promise<string | undefined> {
    return this.sectionWhere(eventId, (partition) => partition.waitlistIds.has(entryId));
  }

  private async sectionWhere(
    eventId: string,
    test: (partition: InventoryState) => boolean,
  ): Promise<string | undefined> {
    for (const sectionId of await this.all(eventId)) {
      if (test(await readState(this.store, inventoryModel, inventoryPartitionId(eventId, sectionId)))) return sectionId;
    }
    return undefined;
  }
}
