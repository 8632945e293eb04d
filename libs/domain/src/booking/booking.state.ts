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
    }>;

export const initialBookingState = (): BookingState => ({ status: 'none' });

export function evolveBooking(state: BookingState, event: BookingEvent): BookingState {
  if (event.type === 'BookingPlaced') {
    const { bookingId, eventId, buyerId, holds, tickets, total, paymentDeadline, promo } = event.data;
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
    case 'BookingCancelled':
      return { ...state, status: 'cancelled' };
    case 'RefundRequested':
      return {
        ...state,
        paymentInFlight: state.paymentInFlight === event.data.paymentId ? undefined : state.paymentInFlight,
        settled: [...state.settled, event.data.paymentId],
      };
    default:
      return assertNever(event);
  }
}
