import type { InvoiceAddress } from '../invoicing';
import { type Money, assertNever } from '../kernel';
import type { BookingEvent, BookingHold, BookingTicket } from './booking.events';

/** See docs/booking.md for the state machine. */
export type BookingStatus = 'pending-payment' | 'confirmed' | 'expired' | 'cancelled';

export type BookingState =
  | Readonly<{ status: 'none' }>
  | Readonly<{
      status: BookingStatus;
      bookingId: string;
      eventId: string;
      buyerId: string;
      holds: readonly BookingHold[];
      tickets: readonly BookingTicket[];
      total: Money;
      paymentDeadline: string;
      /** The promo code the checkout used (its use goes back when the booking ends unsold). */
      promoId?: string;
      /** The payment under way (started, no outcome yet). */
      paymentInFlight?: string;
      /** The payment that confirmed the booking. */
      paidBy?: string;
      /** Payments answered for: the one that confirmed it, and every one refunded. */
      settled: readonly string[];
      /** Per payment: what refund requests asked back so far (minor units; the refund cap, docs/payments.md "Refunds"). */
      refunded?: Readonly<Record<string, number>>;
      /** Tickets given up (TicketsCancelled, or voided by BookingCancelled): no longer valid. */
      cancelledTicketIds: readonly string[];
      /** The buyer's address: the holder of every ticket not transferred. */
      buyerEmail: string;
      /** What the invoice names: the buyer, and the invoice address they gave (if any). */
      invoiceTo?: Readonly<{ name: string; email: string; address?: InvoiceAddress }>;
      /** Per ticket transferred or reissued: its current code's counter (0, absent, for the first). */
      reissues: Readonly<Record<string, number>>;
      /** Per ticket transferred: the holder's address (lower case). */
      holderEmails: Readonly<Record<string, string>>;
    }>;

export const initialBookingState = (): BookingState => ({ status: 'none' });

export function evolveBooking(state: BookingState, event: BookingEvent): BookingState {
  if (event.type === 'BookingPlaced') {
    const { bookingId, eventId, buyerId, holds, tickets, total, paymentDeadline, promo, buyerEmail, buyerName } =
      event.data;
    const address = event.data.invoiceAddress;
    return {
      status: 'pending-payment',
      bookingId,
      eventId,
      buyerId,
      holds,
      tickets,
      total,
      paymentDeadline,
      ...(promo ? { promoId: promo.promoId } : {}),
      settled: [],
      cancelledTicketIds: [],
      buyerEmail: typeof buyerEmail === 'string' ? buyerEmail.trim().toLowerCase() : '',
      reissues: {},
      holderEmails: {},
      // An erased buyer's fields read as '[erased]' strings: then there is nothing to name.
      ...(typeof buyerName === 'string' && typeof buyerEmail === 'string'
        ? {
            invoiceTo: {
              name: buyerName,
              email: buyerEmail,
              ...(address && typeof address === 'object' ? { address } : {}),
            },
          }
        : {}),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'BookingPaymentStarted':
      return { ...state, paymentInFlight: event.data.paymentId };
    case 'BookingPaymentDeclined':
      return { ...state, paymentInFlight: undefined };
    case 'BookingConfirmed': {
      const { paymentId } = event.data;
      return {
        ...state,
        status: 'confirmed',
        paymentInFlight: undefined,
        ...(paymentId ? { paidBy: paymentId, settled: [...state.settled, paymentId] } : {}),
      };
    }
    case 'BookingExpired':
      return { ...state, status: 'expired' };
    case 'BookingCancelled': {
      // An older event (no `tickets`) voided every ticket still valid.
      const voided = event.data.tickets?.map((t) => t.ticketId) ?? validTickets(state).map((t) => t.ticketId);
      return { ...state, status: 'cancelled', cancelledTicketIds: [...state.cancelledTicketIds, ...voided] };
    }
    case 'TicketsCancelled':
      return {
        ...state,
        cancelledTicketIds: [...state.cancelledTicketIds, ...event.data.tickets.map((t) => t.ticketId)],
      };
    case 'RefundRequested':
      return {
        ...state,
        paymentInFlight: state.paymentInFlight === event.data.paymentId ? undefined : state.paymentInFlight,
        settled: [...state.settled, event.data.paymentId],
        refunded: {
          ...state.refunded,
          [event.data.paymentId]: (state.refunded?.[event.data.paymentId] ?? 0) + event.data.amount.amount,
        },
      };
    case 'TicketTransferred': {
      const { ticketId, reissue, toEmail } = event.data;
      return {
        ...state,
        reissues: { ...state.reissues, [ticketId]: reissue },
        holderEmails: { ...state.holderEmails, [ticketId]: String(toEmail).trim().toLowerCase() },
      };
    }
    case 'TicketReissued':
      return { ...state, reissues: { ...state.reissues, [event.data.ticketId]: event.data.reissue } };
    default:
      return assertNever(event);
  }
}

/** A ticket's current code counter: 0 until it is transferred or reissued. */
export const currentReissue = (state: Exclude<BookingState, { status: 'none' }>, ticketId: string): number =>
  state.reissues[ticketId] ?? 0;

/** The tickets not given up. */
export function validTickets(state: Exclude<BookingState, { status: 'none' }>): readonly BookingTicket[] {
  if (state.cancelledTicketIds.length === 0) return state.tickets;
  const cancelled = new Set(state.cancelledTicketIds);
  return state.tickets.filter((t) => !cancelled.has(t.ticketId));
}
