import { inventoryModel, readState } from '@booking/command-pipeline';
import {
  type CatalogState,
  type Sold,
  expandPlan,
  inventoryPartitionId,
  isActiveHold,
  nothingSold,
} from '@booking/domain';
import type { EventStore } from '@booking/event-store';

type Existing = Exclude<CatalogState, { status: 'none' }>;

/**
 * The places buyers have on an event with a plan, read from its partitions: held (checked out
 * too) and sold seats with the tier they were taken at, and places per standing area.
 */
export async function readSold(store: EventStore, catalog: Existing, now: Date): Promise<Sold> {
  if (!catalog.seating || catalog.status !== 'published') return nothingSold();
  const tiers = new Map(expandPlan(catalog.seating.plan).map((seat) => [seat.id, seat.priceTierId]));
  const seats = new Map<string, string>();
  const standing = new Map<string, number>();
  for (const section of catalog.seating.plan.sections) {
    const partition = await readState(store, inventoryModel, inventoryPartitionId(catalog.eventId, section.id));
    if (section.kind === 'standing' && partition.sold > 0) standing.set(section.id, partition.sold);
    for (const seat of partition.soldSeats) seats.set(seat, tiers.get(seat) ?? section.priceTierId);
    for (const hold of partition.holds.values()) {
      if (!isActiveHold(hold, now)) continue;
      if (section.kind === 'standing') standing.set(section.id, (standing.get(section.id) ?? 0) + hold.quantity);
      for (const seat of hold.seatIds ?? []) seats.set(seat, tiers.get(seat) ?? section.priceTierId);
    }
  }
  return { seats, standing };
}
