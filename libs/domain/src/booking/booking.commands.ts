import type { DomainCommand } from '../kernel';
import type { CancellationTerms } from './booking.cancellation';
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
/**
 * Ends the whole booking. Without `terms`: the platform (the event was cancelled), a no-op once
 * the booking has ended. With `terms` (the event's refund policy, start and organizer, read from
 * the catalog by the caller): a person, the actor: the buyer within the refund policy, the
 * event's organizer or an admin at any time with a full refund; anyone else reads it as unknown.
 */
export type CancelBooking = DomainCommand<
  'CancelBooking',
  { bookingId: string; reason: string; terms?: CancellationTerms }
>;
/** Gives up some tickets of a confirmed booking (all of them: the booking is cancelled), as CancelBooking with terms. */
export type CancelTickets = DomainCommand<
  'CancelTickets',
  { bookingId: string; ticketIds: string[]; reason: string; terms: CancellationTerms }
>;

export type BookingCommand =
  PlaceBooking | StartPayment | RecordPaymentDeclined | SettlePayment | ExpireBooking | CancelBooking | CancelTickets;
