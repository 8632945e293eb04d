import { parseSeatId } from '@booking/seating';
import type { Booking, BookingStatus, BookedTicket } from './booking.types';

/** What each state of the booking means to its buyer: a badge and a sentence. */
export const BOOKING_STATUS_TEXT: Record<BookingStatus, { label: string; color: string; detail: string }> = {
  'pending-payment': {
    label: 'Awaiting payment',
    color: 'yellow',
    detail: 'Your seats are kept for you until the payment deadline. Pay before then to get your tickets.',
  },
  confirmed: { label: 'Confirmed', color: 'green', detail: 'Paid. Your tickets are below.' },
  expired: {
    label: 'Expired',
    color: 'gray',
    detail: 'The payment deadline passed before a payment succeeded: the seats went back on sale.',
  },
  cancelled: { label: 'Cancelled', color: 'red', detail: 'This booking was cancelled.' },
};

/** The text for a status; one this SPA does not know yet shows as the server named it. */
export function bookingStatusText(status: string): { label: string; color: string; detail: string } {
  return BOOKING_STATUS_TEXT[status as BookingStatus] ?? { label: status, color: 'gray', detail: `Status: ${status}.` };
}

/** A refund is owed (a payment after expiry or cancellation, or a second payment): say so next to the status. */
export const refundRequested = (booking: Pick<Booking, 'refunds'>) => booking.refunds.length > 0;

/** The provider's decline reasons (test mode: docs/booking.md), in words the buyer can act on. */
const DECLINE_REASONS: Record<string, string> = {
  card_declined: 'Your card was declined by the card issuer. Try another card.',
  insufficient_funds: 'The card has insufficient funds. Try another card.',
  unknown_test_card: 'This card number is not a test card: test mode declines it. Use one of the test cards.',
};

export function declineMessage(reason: string | undefined): string {
  if (!reason) return 'The payment was declined. Try another card.';
  return DECLINE_REASONS[reason] ?? `The payment was declined (${reason}). Try another card.`;
}

/** Test-mode card numbers (docs/booking.md), hinted next to the card field. */
export const TEST_CARDS = [
  { number: '4242424242424242', outcome: 'succeeds' },
  { number: '4000000000000002', outcome: 'is declined' },
  { number: '4000000000009995', outcome: 'lacks funds' },
] as const;

/** "4242 4242 4242 4242" → digits only; null when it cannot be a card number (12 to 19 digits, as the API asks). */
export function normalizeCardNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^[0-9]{12,19}$/.test(digits) ? digits : null;
}

/** "4242 4242 4242 4242": groups of four for reading. */
export const groupCardNumber = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

const sectionName = (sectionId: string) => {
  const words = sectionId.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Where a ticket is: "Stalls, row B, seat 12", "Floor (standing)", or "General admission". */
export function ticketPlace(ticket: Pick<BookedTicket, 'sectionId' | 'seatId'>): string {
  if (ticket.seatId) {
    const { sectionId, row, number } = parseSeatId(ticket.seatId);
    return `${sectionName(sectionId)}, row ${row}, seat ${number}`;
  }
  if (ticket.sectionId) return sectionName(ticket.sectionId);
  return 'General admission';
}

/** A short ticket reference people can read out: the id's random tail. */
export const ticketRef = (ticketId: string) => ticketId.replaceAll('-', '').slice(-8).toUpperCase();

/**
 * My bookings in two lists: events still to come (soonest first) and past ones (latest first).
 * `startsAtOf` gives an event's start, undefined while unknown: those count as upcoming.
 */
export function splitByEventDate<B extends Pick<Booking, 'eventId'>>(
  bookings: B[],
  startsAtOf: (eventId: string) => string | undefined,
  now: number,
): { upcoming: B[]; past: B[] } {
  const time = (b: B) => {
    const iso = startsAtOf(b.eventId);
    const t = iso ? new Date(iso).getTime() : Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  const upcoming = bookings.filter((b) => time(b) >= now).sort((a, b) => time(a) - time(b));
  const past = bookings.filter((b) => time(b) < now).sort((a, b) => time(b) - time(a));
  return { upcoming, past };
}
