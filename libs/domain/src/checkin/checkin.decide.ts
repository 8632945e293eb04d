import { type Actor, DomainError, assertNever, hasRole } from '../kernel';
import type { CheckInTicket, CheckinCommand } from './checkin.commands';
import type { CheckinEvent, ScanPlace } from './checkin.events';
import type { CheckinState } from './checkin.state';

/** Who may scan at an event's doors: its organizer, admins and ops (no door role yet). */
export function mayCheckIn(actor: Actor, organizerId: string): boolean {
  return actor.userId === organizerId || hasRole(actor, 'admin', 'ops');
}

export function decideCheckin(command: CheckinCommand, state: CheckinState): CheckinEvent[] {
  switch (command.type) {
    case 'CheckInTicket':
      return checkInTicket(command, state);
    default:
      return assertNever(command.type);
  }
}

/**
 * Once only: the first scan of a ticket checks it in; any later one is a double use, recorded with
 * both scans (an offline upload is never dropped). A retried scan (same nonce) decides nothing.
 */
function checkInTicket({ data, metadata }: CheckInTicket, state: CheckinState): CheckinEvent[] {
  const { eventId, organizerId, ticket, offline } = data;
  const { actor, now } = metadata;
  if (!mayCheckIn(actor, organizerId)) {
    throw DomainError.notFound('checkin.event-not-found', `Event ${eventId} not found`);
  }
  const answered = state.nonces.get(data.scan.scanNonce);
  if (answered) {
    if (answered.ticketId !== ticket.ticketId) {
      throw DomainError.validation('checkin.nonce-reused', 'This scan nonce was used for another ticket', {
        field: 'nonce',
      });
    }
    return [];
  }
  if (ticket.status === 'revoked') {
    throw DomainError.conflict(
      'checkin.ticket-revoked',
      `Ticket ${ticket.ticketId} was revoked (cancelled, or its code was replaced)`,
    );
  }
  const scan = scanAt(data.scan, now);
  const { ticketId, bookingId } = ticket;
  const first = state.firstUse.get(ticketId);
  if (!first) {
    return [
      {
        type: 'TicketCheckedIn',
        data: {
          eventId,
          ticketId,
          bookingId,
          ...(ticket.sectionId ? { sectionId: ticket.sectionId } : {}),
          ...scan,
          offline,
        },
      },
    ];
  }
  // Device clocks order the two uses: an offline scan uploaded late may have been the earlier one.
  const [earlier, later] = scan.scannedAt < first.scannedAt ? [scan, first] : [first, scan];
  return [
    {
      type: 'DoubleUseDetected',
      data: {
        eventId,
        ticketId,
        bookingId,
        scanNonce: scan.scanNonce,
        first: earlier,
        second: later,
        admitted: offline,
      },
    },
  ];
}

/** A device clock ahead of the server's cannot date a scan in the future. */
function scanAt(scan: ScanPlace, now: Date): ScanPlace {
  const scanned = Date.parse(scan.scannedAt);
  const at = Number.isNaN(scanned) || scanned > now.getTime() ? now : new Date(scanned);
  return { ...scan, scannedAt: at.toISOString() };
}
