import { type CatalogEventDoc, type CheckInDoc, ticketRevoked } from '@booking/projections';
import { ticketSeat } from '../../booking/booking-tickets';
import type { CheckInSummaryView, DoubleUseView, SectionCountView } from '../checkin.views';
import { doorSeatLabel } from '../door-access';

/** Counts an event's issued tickets (per section, per gate of first use) and lists its double uses, newest first. */
export function summarize(event: CatalogEventDoc, bookings: readonly CheckInDoc[]): CheckInSummaryView {
  const sections = new Map<string, SectionCountView>();
  const gates = new Map<string, number>();
  const doubleUses: DoubleUseView[] = [];
  let issued = 0;
  let revoked = 0;
  let checkedIn = 0;
  for (const booking of bookings) {
    for (const ticket of booking.tickets) {
      issued += 1;
      if (ticket.checkedIn) {
        checkedIn += 1;
        gates.set(ticket.checkedIn.gate, (gates.get(ticket.checkedIn.gate) ?? 0) + 1);
      }
      const key = ticket.sectionId ?? '';
      const section = sections.get(key) ?? {
        ...(ticket.sectionId ? { sectionId: ticket.sectionId } : {}),
        sectionName: ticketSeat(ticket, event)?.section ?? 'General admission',
        valid: 0,
        checkedIn: 0,
      };
      sections.set(key, section);
      if (ticketRevoked(ticket)) revoked += 1;
      else section.valid += 1;
      if (ticket.checkedIn) section.checkedIn += 1;
      for (const use of ticket.doubleUses) {
        doubleUses.push({
          ticketId: ticket.ticketId,
          bookingNumber: booking.bookingNumber,
          attendeeName: ticket.attendeeName ?? booking.buyerName,
          seatLabel: doorSeatLabel(ticket, event),
          first: use.first,
          second: use.second,
          admitted: use.admitted,
          recordedAt: use.recordedAt,
        });
      }
    }
  }
  return {
    eventId: event._id,
    issued,
    valid: issued - revoked,
    revoked,
    checkedIn,
    bySection: [...sections.values()].sort((a, b) => a.sectionName.localeCompare(b.sectionName)),
    byGate: [...gates]
      .map(([gate, count]) => ({ gate, checkedIn: count }))
      .sort((a, b) => a.gate.localeCompare(b.gate)),
    doubleUses: doubleUses.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)),
  };
}
