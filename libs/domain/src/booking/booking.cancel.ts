import { type CommandMetadata, DomainError, type Money, sum } from '../kernel';
import { type Canceller, type CancellationTerms, cancellerOf, quoteCancellation } from './booking.cancellation';
import type { CancelBooking, CancelTickets } from './booking.commands';
import { refundableOf } from './booking.refund';
import type { BookingEvent, BookingTicket, CancelledBy, CancelledTicket } from './booking.events';
import { type BookingState, validTickets } from './booking.state';

type Placed = Exclude<BookingState, { status: 'none' }>;

const DEFAULT_REASONS: Record<CancelledBy, string> = {
  buyer: 'Cancelled by the buyer',
  organizer: "Cancelled by the event's organizer",
  admin: 'Cancelled by an administrator',
  platform: 'Cancelled by the platform',
};

const asCancelled = ({ ticketId, holdId, sectionId, seatId }: BookingTicket): CancelledTicket => ({
  ticketId,
  holdId,
  ...(sectionId ? { sectionId } : {}),
  ...(seatId ? { seatId } : {}),
});

/**
 * Ends the whole booking. The platform's (no terms: the event was cancelled) ends a pending or
 * confirmed booking and refunds the valid tickets in full; a no-op once the booking has ended. A
 * person's: see `requested`.
 */
export function cancelBooking(command: CancelBooking, state: BookingState): BookingEvent[] {
  const { data } = command;
  if (data.terms) return requested(command, data.terms, state);
  if (state.status !== 'pending-payment' && state.status !== 'confirmed') return [];
  const tickets = validTickets(state);
  return cancelled(state, 'platform', data.reason, tickets, priceOf(tickets, state.total.currency));
}

/**
 * A person cancels: the buyer, the event's organizer or an admin (anyone else: not found). A
 * pending booking is an abandoned checkout: cancelled at once, its seats released, nothing to
 * refund (a payment still under way is refunded when it settles). A confirmed one is cancelled
 * within the refund policy (the buyer) or at any time in full (organizer, admin). An ended one: 409.
 */
function requested({ data, metadata }: CancelBooking, terms: CancellationTerms, state: BookingState) {
  const { booking, by } = cancellable(state, data.bookingId, terms, metadata);
  const tickets = validTickets(booking);
  if (booking.status === 'pending-payment') return cancelled(booking, by, data.reason, tickets);
  return cancelled(booking, by, data.reason, tickets, allowedRefund(by, terms, booking, tickets, metadata.now));
}

/** Gives up some tickets of a confirmed booking; giving up every valid one cancels the booking. */
export function cancelTickets({ data, metadata }: CancelTickets, state: BookingState): BookingEvent[] {
  const { booking, by } = cancellable(state, data.bookingId, data.terms, metadata);
  if (booking.status !== 'confirmed') throw notCancellable(booking, 'Only tickets of a confirmed booking');
  const wanted = new Set(data.ticketIds.map((id) => id.toLowerCase()));
  if (wanted.size === 0) throw DomainError.validation('booking.bad-tickets', 'Name at least one ticket to cancel');
  const known = new Map(booking.tickets.map((t) => [t.ticketId, t]));
  const cancelledBefore = new Set(booking.cancelledTicketIds);
  for (const id of wanted) {
    if (!known.has(id)) {
      throw DomainError.validation('booking.unknown-ticket', `Booking ${booking.bookingId} has no ticket ${id}`, {
        ticketId: id,
      });
    }
    if (cancelledBefore.has(id)) {
      throw DomainError.conflict('booking.ticket-cancelled', `Ticket ${id} is already cancelled`, { ticketId: id });
    }
  }
  const tickets = booking.tickets.filter((t) => wanted.has(t.ticketId));
  const amount = allowedRefund(by, data.terms, booking, tickets, metadata.now);
  if (tickets.length === validTickets(booking).length) return cancelled(booking, by, data.reason, tickets, amount);
  const reason = data.reason.trim() || DEFAULT_REASONS[by];
  const { bookingId, eventId, buyerId } = booking;
  return [
    { type: 'TicketsCancelled', data: { bookingId, eventId, buyerId, tickets: tickets.map(asCancelled), reason, by } },
    ...refund(booking, tickets, amount, reason),
  ];
}

function cancellable(state: BookingState, bookingId: string, terms: CancellationTerms, metadata: CommandMetadata) {
  const by = state.status === 'none' ? undefined : cancellerOf(metadata.actor, state.buyerId, terms);
  if (state.status === 'none' || !by) throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
  if (state.status !== 'pending-payment' && state.status !== 'confirmed') {
    throw notCancellable(state, 'Only a pending or confirmed booking');
  }
  return { booking: state, by };
}

const notCancellable = (booking: Placed, what: string) =>
  DomainError.conflict(
    'booking.not-cancellable',
    `${what} can be cancelled; booking ${booking.bookingId} is ${booking.status}`,
    {
      status: booking.status,
    },
  );

/** What the refund policy gives back for these tickets, or 409 `booking.cancellation-closed` (nothing changes). */
function allowedRefund(
  by: Canceller,
  terms: CancellationTerms,
  booking: Placed,
  tickets: readonly BookingTicket[],
  now: Date,
): Money {
  const prices = tickets.map((t) => t.price);
  const quote = quoteCancellation(by, terms, prices, booking.total.currency, now);
  if (!quote.allowed) {
    throw DomainError.conflict('booking.cancellation-closed', quote.reason, quote.until ? { until: quote.until } : {});
  }
  return quote.refund;
}

const priceOf = (tickets: readonly BookingTicket[], currency: string) =>
  sum(
    tickets.map((t) => t.price),
    currency,
  );

function cancelled(
  booking: Placed,
  by: CancelledBy,
  givenReason: string,
  tickets: readonly BookingTicket[],
  amount?: Money,
): BookingEvent[] {
  const reason = givenReason.trim() || DEFAULT_REASONS[by];
  const { bookingId, eventId, buyerId, holds } = booking;
  return [
    {
      type: 'BookingCancelled',
      data: { bookingId, eventId, buyerId, holds: [...holds], reason, by, tickets: tickets.map(asCancelled) },
    },
    ...(booking.status === 'confirmed' && amount ? refund(booking, tickets, amount, reason) : []),
  ];
}

/**
 * A refund request of `amount`, when money was paid and the amount is not nothing; never more than
 * the payment has left after the refunds asked of it already (finance's refunds by amount).
 */
function refund(booking: Placed, tickets: readonly BookingTicket[], quoted: Money, reason: string): BookingEvent[] {
  const { paidBy, bookingId, buyerId } = booking;
  if (!paidBy) return [];
  const amount = { ...quoted, amount: Math.min(quoted.amount, refundableOf(booking, paidBy)) };
  if (amount.amount <= 0) return [];
  return [
    {
      type: 'RefundRequested',
      data: { bookingId, buyerId, paymentId: paidBy, amount, reason, ticketIds: tickets.map((t) => t.ticketId) },
    },
  ];
}
