import type { DomainCommand } from '../kernel';
import type { Partition } from './inventory.events';

export type OpenInventory = DomainCommand<
  'OpenInventory',
  Partition & { eventId: string; capacity: number; seatIds?: string[]; planVersion?: number }
>;
export type ReplanInventory = DomainCommand<
  'ReplanInventory',
  Partition & { eventId: string; capacity: number; seatIds?: string[]; planVersion: number }
>;
/** `seatIds`: the seats wanted (seated partitions); without them a seated partition picks the best available. */
export type HoldSeats = DomainCommand<
  'HoldSeats',
  Partition & { eventId: string; holdId: string; quantity: number; ttlSeconds: number; seatIds?: string[] }
>;
export type ReleaseHold = DomainCommand<'ReleaseHold', { eventId: string; holdId: string }>;
export type ExpireHold = DomainCommand<'ExpireHold', { eventId: string; holdId: string }>;

/** Ends sales for good (the event was cancelled): active holds are cancelled with `reason`. */
export type CloseInventory = DomainCommand<'CloseInventory', Partition & { eventId: string; reason: string }>;

export type InventoryCommand = OpenInventory | ReplanInventory | HoldSeats | ReleaseHold | ExpireHold | CloseInventory;
