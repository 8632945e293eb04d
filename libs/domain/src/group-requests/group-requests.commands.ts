import type { DomainCommand } from '../kernel';

/**
 * What the event's catalog and inventory say at the time of a request, read by the caller (the
 * decider reads no other stream): its organizer, whether it is on sale, its per-order limit and
 * the places still free.
 */
export type GroupRequestTerms = Readonly<{
  organizerId: string;
  onSale: boolean;
  maxPerOrder: number;
  placesLeft: number;
}>;

/** The actor asks for `quantity` places in one hold. */
export type RequestGroupBooking = DomainCommand<
  'RequestGroupBooking',
  { requestId: string; eventId: string; quantity: number; message: string; terms: GroupRequestTerms }
>;
/** The event's organizer or an admin lets it be; the approval holds for `validHours` (default GRANT_VALID_HOURS). */
export type ApproveGroupRequest = DomainCommand<
  'ApproveGroupRequest',
  { requestId: string; reason?: string; validHours?: number }
>;
export type DeclineGroupRequest = DomainCommand<'DeclineGroupRequest', { requestId: string; reason: string }>;
/** The requester spends the approval on hold `holdId` of `quantity` places (again for the same hold: a no-op). */
export type UseGroupGrant = DomainCommand<
  'UseGroupGrant',
  { requestId: string; eventId: string; holdId: string; quantity: number }
>;
/** The hold was refused after the approval was spent on it: give it back (a no-op otherwise). */
export type ReturnGroupGrant = DomainCommand<'ReturnGroupGrant', { requestId: string; holdId: string; reason: string }>;

export type GroupRequestCommand =
  RequestGroupBooking | ApproveGroupRequest | DeclineGroupRequest | UseGroupGrant | ReturnGroupGrant;
