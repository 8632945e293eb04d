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

/** Where a refund is, in words the buyer understands (docs/payments.md, "Refunds"). */
export function refundStatusText(status: Booking['refunds'][number]['status']): { label: string; detail: string } {
  switch (status) {
    case 'requested':
      return { label: 'Refund requested', detail: 'It is about to be sent to your payment method.' };
    case 'sent':
      return { label: 'Refund sent', detail: 'Your payment provider is processing it.' };
    case 'succeeded':
      return { label: 'Refunded', detail: 'The money is on its way back to your payment method.' };
    case 'failed':
      return {
        label: 'Refund delayed',
        detail: 'Your payment method did not take the refund; our finance team will give it back another way.',
      };
    case 'manual':
      return { label: 'Refunded by finance', detail: 'Our finance team gave the money back another way.' };
  }
}

/** The provider's decline reasons (test mode: docs/booking.md), in words the buyer can act on. */
const DECLINE_REASONS: Record<string, string> = {
  card_declined: 'Your card was declined by the card issuer. Try another card.',
  insufficient_funds: 'The card has insufficient funds. Try another card.',
  stolen_card: 'The card issuer declined this card. Use another card.',
  authentication_failed: 'The card could not be verified (3-D Secure failed). Try again or use another card.',
  canceled: 'The payment was cancelled before it completed. Try again.',
  abandoned: 'The payment waiting for 3-D Secure was cancelled for a new one.',
  unknown_test_card: 'This card number is not a test card: test mode declines it. Use one of the test cards.',
  instrument_declined: 'PayPal declined the funding source; choose another way to pay.',
};

export function declineMessage(reason: string | undefined): string {
  if (!reason) return 'The payment was declined. Try another card.';
  return DECLINE_REASONS[reason] ?? `The payment was declined (${reason}). Try another card.`;
}

/** Test-mode card numbers (docs/booking.md), hinted next to the card field. */
export const TEST_CARDS = [
  { number: '4242424242424242', outcome: 'succeeds' },
  { number: '4000000000009995', outcome: 'lacks funds' },
  { number: '4000000000009979', outcome: 'is reported stolen' },
  { number: '4000002500003155', outcome: 'asks for 3-D Secure' },
] as const;

/** The payment waiting for the buyer's 3-D Secure step, if the booking's last one is. */
export function awaitingAuthentication(booking: Pick<Booking, 'payments'>): string | undefined {
  const last = booking.payments.at(-1);
  return last?.status === 'requires_action' ? last.nextActionUrl : undefined;
}

/** A payment under way whose outcome the provider (or its webhook) has yet to tell: poll for it. */
export function paymentUnderWay(booking: Pick<Booking, 'payments' | 'status'>): boolean {
  const last = booking.payments.at(-1);
  return (
    booking.status === 'pending-payment' &&
    (last?.status === 'started' || last?.status === 'processing' || last?.status === 'requires_action')
  );
}

/** Only a path of this SPA is followed after 3-D Secure (never another site: no open redirect). */
export function safeReturnPath(path: string | null | undefined, fallback = '/me/bookings'): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return fallback;
  return /^\/[A-Za-z0-9/_-]*$/.test(path) ? path : fallback;
}

/** "4242 4242 4242 4242" → digits only; null when it cannot be a card number (12 to 19 digits, as the API asks). */
export function normalizeCardNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^[0-9]{12,19}$/.test(digits) ? digits : null;
}

/** "4242 4242 4242 4242": groups of four for reading. */
export const groupCardNumber = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

/** The hint under a test-mode card field (checkout, and adding a card to the wallet). */
export const TEST_CARD_HINT = `Test mode, no money moves. ${TEST_CARDS.map(
  (card) => `${groupCardNumber(card.number)} ${card.outcome}`,
).join('; ')}.`;

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

/** The provider's 3-D Secure page, when it is one of this SPA's (the embedded provider's); else nothing to follow. */
export function challengePath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^\/payments\/test-mode\/challenge\/pi_[0-9a-f]{32}(\?return=[A-Za-z0-9%._-]*)?$/.test(url) ? url : undefined;
}
