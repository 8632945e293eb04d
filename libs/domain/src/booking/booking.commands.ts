import type { InvoiceAddress } from '../invoicing';
import type { DomainCommand } from '../kernel';
import type { CancellationTerms } from './booking.cancellation';
import type { BookingGroupPrice, BookingHold, BookingPromo, BookingTicket } from './booking.events';

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
    /** Per ticket ('' for none): each attendee with an address gets their own ticket mail. */
    attendeeEmails?: string[];
    holds: BookingHold[];
    tickets: BookingTicket[];
    paymentDeadline: string;
    /** A promo code already redeemed for this booking; the tickets carry its discounts. */
    promo?: BookingPromo;
    /** The event's group price the tickets got (`groupPrice`); their `groupDiscount`s add up to its discount. */
    group?: BookingGroupPrice;
    /** The address the invoice names (personal data); asks for an invoice of a free booking too. */
    invoiceAddress?: InvoiceAddress;
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

/**
 * What a transfer or reissue is decided against, read by the caller from other streams: the
 * event's organizer and dates (catalog), and whether the ticket was already used (its check-in
 * stream).
 */
export type TicketChangeTerms = Readonly<{
  organizerId: string;
  startsAt: string;
  endsAt?: string;
  checkedIn: boolean;
}>;
/** The buyer gives a valid ticket to another person (`toName`, `toEmail`): it gets a new code. */
export type TransferTicket = DomainCommand<
  'TransferTicket',
  { bookingId: string; ticketId: string; toName: string; toEmail: string; terms: TicketChangeTerms }
>;
/** A lost ticket: a new code for the same holder (the buyer, the event's organizer or an admin). */
export type ReissueTicket = DomainCommand<
  'ReissueTicket',
  { bookingId: string; ticketId: string; reason: string; terms: TicketChangeTerms }
>;

/**
 * Finance (or an admin) gives money back by amount, against the payment that confirmed the
 * booking: never more than it paid minus what was asked back already, in its currency.
 */
export type IssueRefund = DomainCommand<
  'IssueRefund',
  { bookingId: string; amount: BookingTicket['price']; reason: string }
>;

export type BookingCommand =
  | IssueRefund
  | PlaceBooking
  | StartPayment
  | RecordPaymentDeclined
  | SettlePayment
  | ExpireBooking
  | CancelBooking
  | CancelTickets
  | TransferTicket
  | ReissueTicket;
