import type { DomainEvent, EventSchema } from '../kernel';

export type InventoryOpened = DomainEvent<'InventoryOpened', { eventId: string; capacity: number }>;
export type SeatsHeld = DomainEvent<
  'SeatsHeld',
  { eventId: string; holdId: string; holderId: string; quantity: number; expiresAt: string }
>;
export type HoldReleased = DomainEvent<
  'HoldReleased',
  { eventId: string; holdId: string; holderId: string; quantity: number }
>;
export type HoldExpired = DomainEvent<
  'HoldExpired',
  { eventId: string; holdId: string; holderId: string; quantity: number }
>;

/** A hold ended by the platform, not its holder (the event was cancelled); the holder is told why. */
export type HoldCancelled = DomainEvent<
  'HoldCancelled',
  { eventId: string; holdId: string; holderId: string; quantity: number; reason: string }
>;
/** Sales ended for good: nothing more can be held. Appended after the HoldCancelled of every active hold. */
export type InventoryClosed = DomainEvent<'InventoryClosed', { eventId: string; reason: string }>;

export type InventoryEvent = InventoryOpened | SeatsHeld | HoldReleased | HoldExpired | HoldCancelled | InventoryClosed;
export type InventoryEventType = InventoryEvent['type'];

export const inventoryEventTypes: readonly InventoryEventType[] = [
  'InventoryOpened',
  'SeatsHeld',
  'HoldReleased',
  'HoldExpired',
  'HoldCancelled',
  'InventoryClosed',
];
export const inventorySchema: EventSchema = {
  versions: {
    InventoryOpened: 1,
    SeatsHeld: 1,
    HoldReleased: 1,
    HoldExpired: 1,
    HoldCancelled: 1,
    InventoryClosed: 1,
  },
};
