import { type CatalogEventDoc, type CheckInDoc, ticketRevoked } from '@booking/projections';
import type { DoorAttendeeView } from '../checkin.views';
import { doorSeatLabel } from '../door-access';

export const MAX_DOOR_ATTENDEES = 50;

/** The tickets whose attendee or buyer name holds `q`, or whose booking number starts with it (all for an empty `q`). */
export function searchAttendees(
  event: CatalogEventDoc,
  bookings: readonly CheckInDoc[],
  q: string,
): DoorAttendeeView[] {
  const needle = q.trim().toLowerCase();
  const found: DoorAttendeeView[] = [];
  const sorted = [...bookings].sort((a, b) => a.bookingNumber.localeCompare(b.bookingNumber));
  for (const booking of sorted) {
    const numberMatches = needle !== '' && booking.bookingNumber.toLowerCase().startsWith(needle);
    for (const ticket of booking.tickets) {
      const attendeeName = ticket.attendeeName ?? booking.buyerName;
      const matches =
        needle === '' ||
        numberMatches ||
        attendeeName.toLowerCase().includes(needle) ||
        booking.buyerName.toLowerCase().includes(needle);
      if (!matches) continue;
      found.push({
        ticketId: ticket.ticketId,
        bookingId: booking._id,
        bookingNumber: booking.bookingNumber,
        attendeeName,
        buyerName: booking.buyerName,
        seatLabel: doorSeatLabel(ticket, event),
        status: ticketRevoked(ticket) ? 'revoked' : 'valid',
        ...(ticket.checkedIn
          ? {
              checkedIn: {
                at: ticket.checkedIn.at,
                gate: ticket.checkedIn.gate,
                ...(ticket.checkedIn.scannerId ? { scannerId: ticket.checkedIn.scannerId } : {}),
              },
            }
          : {}),
      });
      if (found.length === MAX_DOOR_ATTENDEES) return found;
    }
  }
  return found;
}
