import { Inject, Injectable } from '@nestjs/common';
import { catalogModel, readState, sectionIdsOf } from '@booking/command-pipeline';
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
}
