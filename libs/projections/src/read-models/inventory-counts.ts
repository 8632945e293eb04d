import { type InventoryEvent, assertNever, inventoryEventTypes } from '@booking/domain';
import type { Recorded } from '../projection';

export type SeatCounts = {
  capacity: number;
  held: number;
  sold: number;
  /** Free to anyone: what is not held, sold, or kept for the waitlist. */
  free: number;
  /** Places people on the waitlist wait for (absent: none). */
  waiting?: number;
  /** Sales ended for good (InventoryClosed): nothing is free to sell whatever the counts say. */
  salesClosed?: boolean;
};
/** Counts of an event, and per section when its inventory is partitioned by a seating plan. */
export type PartitionedCounts = SeatCounts & { sections?: Record<string, SeatCounts> };

const ZERO: SeatCounts = { capacity: 0, held: 0, sold: 0, free: 0 };

/**
 * How inventory events move the seat counts; shared by the catalog and availability read models.
 * Events of a partition (`sectionId`) move that section's counts, and the event's are their sum.
 */
export function applyInventoryEvent(counts: PartitionedCounts, event: Recorded<InventoryEvent>): PartitionedCounts {
  const { sectionId } = event.data;
  if (!sectionId) return applyToCounts(counts, event);
  const sections = { ...counts.sections, [sectionId]: applyToCounts(counts.sections?.[sectionId] ?? ZERO, event) };
  const total = { ...ZERO };
  for (const section of Object.values(sections)) {
    total.capacity += section.capacity;
    total.held += section.held;
    total.sold += section.sold;
    total.free += section.free;
    if (section.waiting) total.waiting = (total.waiting ?? 0) + section.waiting;
  }
  // The event's sales are closed once every section's are (a cancellation closes them all).
  const closed = Object.values(sections).every((section) => section.salesClosed === true);
  return { ...total, ...(closed ? { salesClosed: true } : {}), sections };
}

function applyToCounts<T extends SeatCounts>(counts: T, event: Recorded<InventoryEvent>): T {
  let { capacity, held, sold } = counts;
  let waiting = counts.waiting ?? 0;
  let salesClosed = counts.salesClosed === true;
  switch (event.type) {
    case 'InventoryOpened':
    case 'InventoryReplanned':
      capacity = event.data.capacity ?? capacity;
      break;
    case 'SeatsHeld':
      held += event.data.quantity ?? 0;
      if (event.data.waitlistEntryId) waiting -= event.data.quantity; // an offer: the entry's places are held now
      break;
    case 'WaitlistJoined':
      waiting += event.data.quantity;
      break;
    case 'WaitlistLeft':
    case 'WaitlistCleared':
      waiting -= event.data.quantity;
      break;
    case 'HoldReleased':
    case 'HoldExpired':
    case 'HoldCancelled':
      held -= event.data.quantity ?? 0;
      break;
    case 'HoldCheckedOut':
    case 'HoldCheckoutAbandoned':
      break; // still held, by a booking or by its holder again
    case 'SeatsSold':
      held -= event.data.quantity;
      sold += event.data.quantity;
      break;
    case 'SoldSeatsReturned':
      sold -= event.data.quantity; // cancelled tickets' places: free again unless sales closed
      break;
    case 'InventoryClosed':
      salesClosed = true;
      break;
    default:
      return assertNever(event);
  }
  waiting = Math.max(0, waiting);
  const free = salesClosed ? 0 : Math.max(0, capacity - held - sold - waiting);
  const { waiting: _was, ...rest } = counts;
  return {
    ...rest,
    capacity,
    held,
    sold,
    free,
    ...(waiting > 0 && !salesClosed ? { waiting } : {}),
    ...(salesClosed ? { salesClosed } : {}),
  } as T;
}

/** Every inventory event moves the counts: the domain's list, not a copy that could fall behind. */
export const INVENTORY_EVENTS = inventoryEventTypes;
