import type { InvoiceAddress } from '../invoicing';
import { type DomainEvent, type Money, type PersonalDataDeclaration, eventSchema } from '../kernel';

/** One hold a booking was made from: the inventory partition (section) it lives in. */
export type BookingHold = Readonly<{ holdId: string; sectionId?: string; quantity: number }>;

/** One admission: a seat (seated sections) or a place (standing, or an event without a plan). */
export type BookingTicket = Readonly<{
  ticketId: string;
  holdId: string;
  sectionId?: string;
  seatId?: string;
  tierId: string;
  tierName: string;
  /** What the buyer pays for it: the tier's price less `discount`. */
  price: Money;
  /** What a promo code took off the tier's price (absent without one). */
  discount?: Money;
  /** What the event's group price took off the tier's price, before any promo code (added to version 1 as optional). */
  groupDiscount?: Money;
}>;

/** The event's group price a booking got: the best rule its ticket count reached, and what it took off in all. */
export type BookingGroupPrice = Readonly<{ minTickets: number; percentOff: number; discount: Money }>;

/** The promo code a checkout used (its use is counted on `promo-{promoId}`). */
export type BookingPromo = Readonly<{ promoId: string; code: string; discount: Money }>;

/**
 * A checkout: the buyer's holds are checked out to this booking until `paymentDeadline`.
 * Prices come from the catalog at checkout (never from the client). `attendeeNames` and
 * `attendeeEmails`: per ticket, in the order of `tickets` ('' when none was given). `group` and
 * `attendeeEmails` were added to version 1 as optional: an older booking had neither. `invoiceAddress`
 * (added to version 1 as optional) is the address the buyer asked their invoice to name; giving
 * one also asks for an invoice of a free booking.
 */
export type BookingPlaced = DomainEvent<
  'BookingPlaced',
  {
    bookingId: string;
    eventId: string;
    buyerId: string;
    buyerName: string;
    buyerEmail: string;
    attendeeNames?: string[];
    attendeeEmails?: string[];
    holds: BookingHold[];
    tickets: BookingTicket[];
    total: Money;
    paymentDeadline: string;
    promo?: BookingPromo;
    group?: BookingGroupPrice;
    invoiceAddress?: InvoiceAddress;
  }
>;
/** The buyer started paying `amount` as `paymentId`; one payment at a time. */
export type BookingPaymentStarted = DomainEvent<
  'BookingPaymentStarted',
  { bookingId: string; paymentId: string; amount: Money }
>;
/** The provider declined the payment: the buyer may try again before the deadline. */
export type BookingPaymentDeclined = DomainEvent<
  'BookingPaymentDeclined',
  { bookingId: string; paymentId: string; reason: string }
>;
/** Paid (or free): the tickets are issued. `paymentId` is absent for a free booking. */
export type BookingConfirmed = DomainEvent<
  'BookingConfirmed',
  {
    bookingId: string;
    eventId: string;
    buyerId: string;
    holds: BookingHold[];
    ticketIds: string[];
    paymentId?: string;
    reason: 'free' | 'paid';
  }
>;
/** Not paid by the deadline: the seats go back on sale. */
export type BookingExpired = DomainEvent<
  'BookingExpired',
  { bookingId: string; eventId: string; buyerId: string; holds: BookingHold[]; reason: string }
>;
/** A ticket given up, and the place it had: what the inventory takes back (docs/booking.md, "Cancellation"). */
export type CancelledTicket = Readonly<{ ticketId: string; holdId: string; sectionId?: string; seatId?: string }>;

/** Who ended a booking or some of its tickets: a person, or the platform (the event was cancelled). */
export type CancelledBy = 'buyer' | 'organizer' | 'admin' | 'platform';

/**
 * The booking ended before its event: the platform took the seats away (the event was cancelled),
 * or the buyer, the event's organizer or an admin cancelled it. `by` and `tickets` (the tickets
 * still valid that it voids; their sold places go back on sale) were added to version 1 as
 * optional: an older event was the platform's, and voided every ticket.
 */
export type BookingCancelled = DomainEvent<
  'BookingCancelled',
  {
    bookingId: string;
    eventId: string;
    buyerId: string;
    holds: BookingHold[];
    reason: string;
    by?: CancelledBy;
    tickets?: CancelledTicket[];
  }
>;
/** Some tickets of a confirmed booking were given up; the rest stay valid. Their places go back on sale. */
export type TicketsCancelled = DomainEvent<
  'TicketsCancelled',
  {
    bookingId: string;
    eventId: string;
    buyerId: string;
    tickets: CancelledTicket[];
    reason: string;
    by: Exclude<CancelledBy, 'platform'>;
  }
>;
/**
 * Money goes back: taken that no ticket answers for (a late or second payment), or the refund
 * policy's share of cancelled tickets (`ticketIds`, added to version 1 as optional). Executing it
 * is the payments issue's.
 */
export type RefundRequested = DomainEvent<
  'RefundRequested',
  { bookingId: string; buyerId: string; paymentId: string; amount: Money; reason: string; ticketIds?: string[] }
>;

/** Who reissued a ticket: its buyer, the event's organizer or an admin. */
export type ReissuedBy = 'buyer' | 'organizer' | 'admin';

/**
 * The buyer gave a ticket to another person (docs/booking.md, "Transfer & reissue"). The ticket
 * gets a new code (`reissue`, one above the previous): every older code is revoked. `toName` and
 * `toEmail` are the new holder's; the ticket is mailed to them.
 */
export type TicketTransferred = DomainEvent<
  'TicketTransferred',
  {
    bookingId: string;
    eventId: string;
    buyerId: string;
    ticketId: string;
    toName: string;
    toEmail: string;
    /** The new code's counter; the codes below it no longer admit. */
    reissue: number;
  }
>;
/** A ticket got a new code for the same holder (the old one was lost): every older code is revoked. */
export type TicketReissued = DomainEvent<
  'TicketReissued',
  {
    bookingId: string;
    eventId: string;
    buyerId: string;
    ticketId: string;
    reissue: number;
    by: ReissuedBy;
    reason: string;
  }
>;

export type BookingEvent =
  | BookingPlaced
  | BookingPaymentStarted
  | BookingPaymentDeclined
  | BookingConfirmed
  | BookingExpired
  | BookingCancelled
  | TicketsCancelled
  | RefundRequested
  | TicketTransferred
  | TicketReissued;
export type BookingEventType = BookingEvent['type'];

/**
 * The buyer's details, the attendees' names and the holders a ticket was given to are the buyer's
 * personal data (docs/personal-data.md): the buyer named them.
 */
export const bookingPersonalData: PersonalDataDeclaration<BookingEvent> = {
  BookingPlaced: {
    subject: 'buyerId',
    fields: ['buyerName', 'buyerEmail', 'attendeeNames', 'attendeeEmails', 'invoiceAddress'],
  },
  TicketTransferred: { subject: 'buyerId', fields: ['toName', 'toEmail'] },
};

export const bookingSchema = eventSchema<BookingEvent>(
  {
    BookingPlaced: 1,
    BookingPaymentStarted: 1,
    BookingPaymentDeclined: 1,
    BookingConfirmed: 1,
    BookingExpired: 1,
    BookingCancelled: 1,
    TicketsCancelled: 1,
    RefundRequested: 1,
    TicketTransferred: 1,
    TicketReissued: 1,
  },
  { personal: bookingPersonalData },
);
export const bookingEventTypes = bookingSchema.eventTypes;
