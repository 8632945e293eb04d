import type { DomainCommand } from '../kernel';
import type { ScanPlace } from './checkin.events';

/**
 * What the write side found about the scanned ticket before deciding (the handler verified the
 * signed code and read the booking): `valid` (a confirmed booking's ticket) or `revoked`.
 */
export type ScannedTicket = Readonly<{
  ticketId: string;
  bookingId: string;
  sectionId?: string;
  status: 'valid' | 'revoked';
}>;

/** Check a ticket in at a door. `organizerId`: the event's owner, who with admins and ops may scan. */
export type CheckInTicket = DomainCommand<
  'CheckInTicket',
  { eventId: string; organizerId: string; ticket: ScannedTicket; scan: ScanPlace; offline: boolean }
>;

export type CheckinCommand = CheckInTicket;
