import type { RecordedEvent } from '@booking/event-store';

export type SeatCounts = {
  capacity: number;
  held: number;
  sold: number;
  free: number;
  /** Sales ended for good (InventoryClosed): nothing is free to sell whatever the counts say. */
  salesClosed?: boolean;
};

/** How inventory events move the seat counts; shared by the catalog and availability read models. */
export function applyInventoryEvent(counts: SeatCounts, event: RecordedEvent): SeatCounts {
  const data = event.data as { capacity?: number; quantity?: number };
  const { sold } = counts;
  let salesClosed = counts.salesClosed === true;
  let { capacity, held } = counts;
  switch (event.type) {
    case 'InventoryOpened':
      capacity = data.capacity ?? capacity;
      break;
    case 'SeatsHeld':
      held += data.quantity ?? 0;
      break;
    case 'HoldReleased':
    case 'HoldExpired':
    case 'HoldCancelled':
      held -= data.quantity ?? 0;
      break;
    case 'InventoryClosed':
      salesClosed = true;
      break;
    default:
      return counts;
  }
  const free = salesClosed ? 0 : capacity - held - sold;
  return { capacity, held, sold, free, ...(salesClosed ? { salesClosed } : {}) };
}

export const INVENTORY_EVENTS = [
  'InventoryOpened',
  'SeatsHeld',
  'HoldReleased',
  'HoldExpired',
  'HoldCancelled',
  'InventoryClosed',
] as const;
