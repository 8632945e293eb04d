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

export type InventoryEvent = InventoryOpened | SeatsHeld | HoldReleased | HoldExpired;
export type InventoryEventType = InventoryEvent['type'];

export const inventoryEventTypes: readonly InventoryEventType[] = [
  'InventoryOpened',
  'SeatsHeld',
  'HoldReleased',
  'HoldExpired',
];
export const inventorySchema: EventSchema = {
  versions: { InventoryOpened: 1, SeatsHeld: 1, HoldReleased: 1, HoldExpired: 1 },
};
