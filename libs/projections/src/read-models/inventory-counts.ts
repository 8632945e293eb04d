import type { RecordedEvent } from '@booking/event-store';

export type SeatCounts = { capacity: number; held: number; sold: number; free: number };

/** How inventory events move the seat counts; shared by the catalog and availability read models. */
export function applyInventoryEvent(counts: SeatCounts, event: RecordedEvent): SeatCounts {
  const data = event.data as { capacity?: number; quantity?: number };
  const { sold } = counts;
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
      held -= data.quantity ?? 0;
      break;
    default:
      return counts;
  }
  return { capacity, held, sold, free: capacity - held - sold };
}

export const INVENTORY_EVENTS = ['InventoryOpened', 'SeatsHeld', 'HoldReleased', 'HoldExpired'] as const;
