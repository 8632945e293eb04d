import type { DomainCommand } from '../kernel';
import type { BookingHold, BookingPromo, BookingTicket } from './booking.events';

/**
 * Records a checkout. The caller has priced the tickets from the catalog (`priceTickets`) and
 * checked the holds out to `bookingId` first; the buyer is the actor.
 */
export type PlaceBooking = DomainCommand<
  'PlaceBooking',
  {
    bookingId: string;
    eventId: string;
    buyerName: string;
    buyerEmail: string;
    attendeeNames?: string[];
    holds: BookingHold[];
    tickets: BookingTicket[];
    paymentDeadline: string;
    /** A promo code already redeemed for this booking; the tickets carry its discounts. */
    promo?: BookingPromo;
  }
>;
export type StartPayment = DomainCommand<'StartPayment', { bookingId: string; paymentId: string }>;
export type RecordPaymentDeclined = DomainCommand<
  'RecordPaymentDeclined',
  { bookingId: string; paymentId: string; reason: string }
>;
/** A payment succeeded: confirm the booking, or ask for the money back when it can no longer be. */
export type SettlePayment = DomainCommand<
  'SettlePayment',
  { bookingId: string; paymentId: string; amount: BookingTicket['price'] }
>;
/** The payment deadline passed (the booking sweep): expire it if still unpaid. */
export type ExpireBooking = DomainCommand<'ExpireBooking', { bookingId: string }>;
/** The platform cancelled a hold of the booking (the event was cancelled). */
export type CancelBooking = DomainCommand<'CancelBooking', { bookingId: string; reason: string }>;

export type BookingCommand =
  PlaceBooking | StartPayment | RecordPaymentDeclined | SettlePayment | ExpireBooking | CancelBooking;
