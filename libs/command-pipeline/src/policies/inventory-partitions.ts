import {
  type CatalogState,
  type Sold,
  expandPlan,
  expandSection,
  inventoryPartitionId,
  isActiveHold,
  nothingSold,
} from '@booking/domain';
import type { EventStore } from '@booking/event-store';
import { readState } from '../read-state';
import { inventoryModel } from '../write-models';

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

/**
 * The places buyers have on an event with a plan, read from its partitions: held (and, once
 * payments exist, sold) seats with the tier they were taken at, and places per standing area.
 */
export async function readSold(store: EventStore, catalog: Existing, now: Date): Promise<Sold> {
  if (!catalog.seating || catalog.status !== 'published') return nothingSold();
  const tiers = new Map(expandPlan(catalog.seating.plan).map((seat) => [seat.id, seat.priceTierId]));
  const seats = new Map<string, string>();
  const standing = new Map<string, number>();
  for (const section of catalog.seating.plan.sections) {
    const partition = await readState(store, inventoryModel, inventoryPartitionId(catalog.eventId, section.id));
    for (const hold of partition.holds.values()) {
      if (!isActiveHold(hold, now)) continue;
      if (section.kind === 'standing') standing.set(section.id, (standing.get(section.id) ?? 0) + hold.quantity);
      for (const seat of hold.seatIds ?? []) seats.set(seat, tiers.get(seat) ?? section.priceTierId);
    }
  }
  return { seats, standing };
}
