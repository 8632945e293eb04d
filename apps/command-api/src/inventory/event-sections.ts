import { Inject, Injectable } from '@nestjs/common';
import { catalogModel, readState } from '@booking/command-pipeline';
import { DomainError, sectionIdsOf } from '@booking/domain';
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
   * The section a hold is meant for when the partition asked for is not on sale: the only section
   * of a one-section plan; otherwise a 422 naming the sections. Undefined: nothing better to try.
   */
  async resolve(eventId: string, asked: string | undefined): Promise<string | undefined> {
    const catalog = await readState(this.store, catalogModel, eventId);
    if (catalog.status !== 'published') return undefined;
    const sections = catalog.seating?.plan.sections.map((s) => s.id) ?? [];
    if (asked !== undefined) {
      if (sections.includes(asked)) return undefined; // opening is under way: not on sale yet
      throw DomainError.validation(
        'inventory.unknown-section',
        sections.length
          ? `Section "${asked}" is not in this event's plan; its sections: ${sections.join(', ')}`
          : 'This event has no seating plan: ask for a quantity without a section',
        { field: 'sectionId', sections },
      );
    }
    if (sections.length === 1) return sections[0];
    if (sections.length === 0) return undefined;
    throw DomainError.validation(
      'inventory.section-required',
      `Choose a section of the seating plan: ${sections.join(', ')}`,
      { field: 'sectionId', sections },
    );
  }
}
