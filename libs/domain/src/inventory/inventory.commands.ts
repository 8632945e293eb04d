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
/**
 * What the organizer decided about selling an event, as the catalog says at the time of a hold:
 * the most places one order (hold) takes, when sales open and close, and the most places one
 * buyer may hold at once across orders and sections (none: no such limit).
 */
export type SalesRules = Readonly<{
  maxPerOrder: number;
  opensAt?: string;
  closesAt?: string;
  maxPerBuyer?: number;
}>;

/**
 * `seatIds`: the seats wanted (seated partitions); without them a seated partition picks the best available.
 * `rules`: the event's sales rules, read from its catalog stream by the caller (the decider reads no other stream).
 */
export type HoldSeats = DomainCommand<
  'HoldSeats',
  Partition & {
    eventId: string;
    holdId: string;
    quantity: number;
    ttlSeconds: number;
    seatIds?: string[];
    rules: SalesRules;
  }
>;
export type ReleaseHold = DomainCommand<'ReleaseHold', { eventId: string; holdId: string }>;
export type ExpireHold = DomainCommand<'ExpireHold', { eventId: string; holdId: string }>;

/** Ends sales for good (the event was cancelled): active holds are cancelled with `reason`. */
export type CloseInventory = DomainCommand<'CloseInventory', Partition & { eventId: string; reason: string }>;

export type InventoryCommand = OpenInventory | ReplanInventory | HoldSeats | ReleaseHold | ExpireHold | CloseInventory;
