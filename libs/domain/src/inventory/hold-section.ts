import { DomainError } from '../kernel';
import { parseSeatId } from '../catalog';

/**
 * What the catalog says about where an event sells, at the time of a hold: whether it is
 * published, and the sections of its current plan and of its earlier plans ([] without a plan).
 */
export type SalesLayout = Readonly<{
  published: boolean;
  sections: readonly string[];
  retiredSections: readonly string[];
}>;

export type HoldRequest = Readonly<{ sectionId?: string; seatIds?: readonly string[] }>;

/**
 * The inventory partition (its section, or undefined for the whole event) a hold is decided in.
 * Seat ids name their section ("stalls:B:12"), and one hold takes seats of one section. On a
 * published event a hold without a section goes to the only section of a one-section plan and
 * must name one when there are several; a section the plans never had is refused. Anything else
 * goes to the partition asked for, whose decider answers (e.g. not on sale yet).
 */
export function holdSection(layout: SalesLayout, request: HoldRequest): string | undefined {
  const asked = request.sectionId ?? sectionOfSeats(request.seatIds);
  if (!layout.published) return asked;
  const { sections } = layout;
  if (asked !== undefined) {
    if (sections.includes(asked) || layout.retiredSections.includes(asked)) return asked;
    throw DomainError.validation(
      'inventory.unknown-section',
      sections.length
        ? `Section "${asked}" is not in this event's plan; its sections: ${sections.join(', ')}`
        : 'This event has no seating plan: ask for a quantity without a section',
      { field: 'sectionId', sections: [...sections] },
    );
  }
  if (sections.length <= 1) return sections[0];
  throw DomainError.validation(
    'inventory.section-required',
    `Choose a section of the seating plan: ${sections.join(', ')}`,
    {
      field: 'sectionId',
      sections: [...sections],
    },
  );
}

/** The one section the seats belong to; seats from several sections are refused. */
function sectionOfSeats(seatIds: readonly string[] | undefined): string | undefined {
  if (!seatIds?.length) return undefined;
  const sections = new Set(seatIds.map((id) => parseSeatId(id).sectionId));
  if (sections.size > 1) {
    throw DomainError.validation('inventory.mixed-sections', 'One hold takes seats of one section', {
      sections: [...sections],
    });
  }
  return [...sections][0];
}
