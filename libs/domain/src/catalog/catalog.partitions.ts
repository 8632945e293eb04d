import { expandSection } from './seating/expand-plan';
import type { CatalogState } from './catalog.state';

type Existing = Exclude<CatalogState, { status: 'none' }>;

/** What one inventory partition should sell according to the catalog. */
export type PartitionSpec = Readonly<{ sectionId?: string; capacity: number; seatIds?: string[] }>;

/** The partitions an event's catalog state asks for: one per plan section (retired ones at 0), or the whole event. */
export function partitionsOf(catalog: Existing): PartitionSpec[] {
  if (!catalog.seating) return [{ capacity: catalog.capacity }];
  const current = catalog.seating.plan.sections.map((section): PartitionSpec => {
    if (section.kind === 'standing') return { sectionId: section.id, capacity: section.capacity };
    const seatIds = expandSection(section).map((seat) => seat.id);
    return { sectionId: section.id, capacity: seatIds.length, seatIds };
  });
  const retired = catalog.retiredSections.map((sectionId): PartitionSpec => ({ sectionId, capacity: 0 }));
  return [...current, ...retired];
}

/** Every section an event's plans have had (current first, then retired), or [] without a plan ever. */
export function sectionIdsOf(catalog: Existing): string[] {
  return [...(catalog.seating?.plan.sections.map((s) => s.id) ?? []), ...catalog.retiredSections];
}
