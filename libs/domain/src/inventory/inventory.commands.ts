import type { DomainCommand } from '../kernel';

export type OpenInventory = DomainCommand<'OpenInventory', { eventId: string; capacity: number }>;
export type HoldSeats = DomainCommand<
  'HoldSeats',
  { eventId: string; holdId: string; quantity: number; ttlSeconds: number }
>;
export type ReleaseHold = DomainCommand<'ReleaseHold', { eventId: string; holdId: string }>;
export type ExpireHold = DomainCommand<'ExpireHold', { eventId: string; holdId: string }>;

/** Ends sales for good (the event was cancelled): active holds are cancelled with `reason`. */
export type CloseInventory = DomainCommand<'CloseInventory', { eventId: string; reason: string }>;

export type InventoryCommand = OpenInventory | HoldSeats | ReleaseHold | ExpireHold | CloseInventory;
