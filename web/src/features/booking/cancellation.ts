import { formatDateTime, formatMoney } from '../../lib/format';
import type { Booking, CancellationQuote, Money } from './booking.types';

/** What is being cancelled: the whole booking, or one ticket. */
export type CancelTarget = { kind: 'booking' } | { kind: 'ticket'; ticketId: string; label: string };

const money = (m: Money) => formatMoney(m.amount, m.currency);

/** The refund the quote gives for a target, or undefined when the ticket is unknown to it. */
export function refundFor(quote: CancellationQuote, target: CancelTarget): Money | undefined {
  if (target.kind === 'booking') return quote.refund;
  return quote.tickets.find((t) => t.ticketId === target.ticketId)?.refund;
}

/** "You will get back €25.00." — the sentence the confirmation dialog shows, from the server's quote. */
export function refundSentence(quote: CancellationQuote, target: CancelTarget): string {
  if (quote.status === 'pending-payment') return 'Nothing was paid yet: your seats are released at once.';
  const refund = refundFor(quote, target);
  if (!refund || refund.amount === 0) return 'Nothing was paid for this, so there is nothing to refund.';
  const share = quote.percent !== undefined && quote.percent < 100 ? ` (${quote.percent} % of the price)` : '';
  const until =
    quote.until && quote.by === 'buyer' ? ` This applies if you cancel before ${formatDateTime(quote.until)}.` : '';
  return `You will get back ${money(refund)}${share}.${until}`;
}

/** Why the buyer cannot cancel now, in words (the server's reason, else a general one). */
export function closedSentence(quote: CancellationQuote): string {
  if (quote.until)
    return `Cancellation closed on ${formatDateTime(quote.until)}: this event's refund policy no longer allows it.`;
  return quote.reason ?? 'This booking cannot be cancelled.';
}

/** The tickets that still admit. */
export const validTickets = (booking: Pick<Booking, 'tickets'>) => booking.tickets.filter((t) => !t.cancelledAt);

/** Per-ticket cancelling makes sense on a confirmed booking with more than one valid ticket (one is the whole booking). */
export const canCancelSingleTickets = (booking: Pick<Booking, 'status' | 'tickets'>, quote?: CancellationQuote) =>
  booking.status === 'confirmed' && quote?.allowed === true && validTickets(booking).length > 1;

const CANCELLED_BY: Record<NonNullable<Booking['cancelledBy']>, string> = {
  buyer: 'You cancelled this booking.',
  organizer: "The event's organizer cancelled this booking.",
  admin: 'An administrator cancelled this booking.',
  platform: 'The event was cancelled, and this booking with it.',
};

/** Who cancelled, in words; nothing for a booking not cancelled. */
export const cancelledBySentence = (booking: Pick<Booking, 'cancelledBy'>) =>
  booking.cancelledBy ? CANCELLED_BY[booking.cancelledBy] : undefined;
