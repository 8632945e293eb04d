import type { InvoiceAddress } from '../invoices';
import type { Money } from '../../lib/money';

export type { Money };

/** The booking's state machine (docs/booking.md): pending-payment ends confirmed, expired or cancelled. */
export const BOOKING_STATUSES = ['pending-payment', 'confirmed', 'expired', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** One place of a booking, priced by the server from the event's catalog at checkout. */
export type BookedTicket = {
  ticketId: string;
  holdId: string;
  sectionId?: string;
  /** `section:row:number` on an event with a seating plan. */
  seatId?: string;
  tierId: string;
  tierName: string;
  /** What the buyer pays for it (after any promo code). */
  price: Money;
  /** What a promo code took off the tier's price. */
  discount?: Money;
  /** What the event's group price took off the tier's price (before any promo code). */
  groupDiscount?: Money;
  attendeeName?: string;
  /** Where this ticket was mailed besides the buyer. */
  attendeeEmail?: string;
  /** Set once the ticket was cancelled: it no longer admits. */
  cancelledAt?: string;
  cancellationReason?: string;
  /** The current code's counter once transferred or reissued: older codes no longer admit. */
  reissue?: number;
  /** Whom the buyer gave it to (`attendeeName` is theirs), and when. */
  holderEmail?: string;
  transferredAt?: string;
  /** When it last got a new code for the same holder (lost). */
  reissuedAt?: string;
};

/** Who a ticket goes to: `POST /api/bookings/{id}/tickets/{ticketId}/transfer`. */
export type TicketTransfer = { name: string; email: string };
/** A transfer's or reissue's answer: the ticket's new code counter (and new holder). */
export type TicketChangeResult = {
  bookingId: string;
  ticketId: string;
  reissue: number;
  holderName?: string;
  position: string;
};

/** The promo code a checkout used. */
export type BookingPromo = { promoId: string; code: string; discount: Money };
/** The event's group price a checkout got: the rule and what it took off in all. */
export type BookingGroupPrice = { minTickets: number; percentOff: number; discount: Money };

export type BookingPayment = {
  paymentId: string;
  amount: Money;
  status: 'started' | 'requires_action' | 'processing' | 'declined' | 'succeeded';
  /** The provider's reason, for a declined payment. */
  declineReason?: string;
  /** 3-D Secure: where the buyer authenticates, while the payment waits for it. */
  nextActionUrl?: string;
};
/** Money to go back ('requested': the payments side executes it). */
export type BookingRefund = {
  refundId: string;
  paymentId: string;
  amount: Money;
  reason: string;
  requestedAt: string;
  /** requested → sent (to the payment provider) → succeeded | failed → manual (finance gave it back by hand). */
  status: 'requested' | 'sent' | 'succeeded' | 'failed' | 'manual';
  ticketIds?: string[];
  updatedAt?: string;
};

/** `GET /api/bookings/{id}`: the buyer's (or an admin's) view of one booking. */
export type Booking = {
  bookingId: string;
  eventId: string;
  /** The event's title ('' if the catalog no longer shows it) and start. */
  eventTitle: string;
  eventStartsAt?: string;
  buyerId: string;
  buyerName: string;
  buyerEmail: string;
  status: BookingStatus;
  /** Why it expired or was cancelled. */
  statusReason?: string;
  cancelledBy?: 'buyer' | 'organizer' | 'admin' | 'platform';
  tickets: BookedTicket[];
  promo?: BookingPromo;
  group?: BookingGroupPrice;
  total: Money;
  paymentDeadline: string;
  placedAt: string;
  confirmedAt?: string;
  endedAt?: string;
  payments: BookingPayment[];
  refunds: BookingRefund[];
  position: string;
};

/** `GET /api/me/bookings`: newest first, at most 100. */
export type BookingList = { items: Booking[]; total: number };

/** `POST /api/bookings` answers with the priced tickets, the total and the deadline. */
export type PlacedBooking = {
  bookingId: string;
  eventId: string;
  status: BookingStatus;
  tickets: Omit<BookedTicket, 'attendeeName'>[];
  total: Money;
  paymentDeadline: string;
  position: string;
};

/** One hold of a checkout; no price: the server prices every place. */
export type CheckoutHold = {
  holdId: string;
  sectionId?: string;
  tierId?: string;
  attendeeNames?: string[];
  /** One per place ("" for none): each member with an address gets their own ticket mail. */
  attendeeEmails?: string[];
};
export type Checkout = {
  eventId: string;
  holds: CheckoutHold[];
  buyer: { name: string; email: string };
  promoCode?: string;
  /** The address the invoice names (a free booking then gets an invoice too). */
  invoiceAddress?: InvoiceAddress;
};

/** `POST /api/booking-quotes`: what the checkout would cost now (nothing is written). */
export type QuotedTicket = {
  holdId: string;
  sectionId?: string;
  seatId?: string;
  tierId: string;
  tierName: string;
  listPrice: Money;
  price: Money;
  discount?: Money;
  groupDiscount?: Money;
};
export type BookingQuote = {
  eventId: string;
  tickets: QuotedTicket[];
  subtotal: Money;
  group?: BookingGroupPrice;
  promo?: BookingPromo;
  total: Money;
};

/** `POST /api/bookings/{id}/payments`: the provider's answer to this attempt and the booking after it. */
/**
 * What the buyer pays with: a card number (test mode), the PaymentMethod Stripe's Payment Element
 * made, PayPal (the answer then sends the buyer to PayPal's approval page), or one of the signed-in
 * buyer's saved cards (`pm_…`, features/wallet).
 */
export type PaymentMethodInput =
  { cardNumber: string } | { paymentMethodId: string } | { paypal: true } | { savedPaymentMethodId: string };

export type PaymentResult = {
  paymentId: string;
  bookingId: string;
  /** requires_action: 3-D Secure (or PayPal's approval page), go to `nextAction.url`. */
  status: 'succeeded' | 'declined' | 'requires_action' | 'processing' | 'canceled';
  /** The provider's reason for a decline (`card_declined`, `insufficient_funds`, …). */
  reason?: string;
  intentId: string;
  nextAction?: { type: 'redirect_to_url'; url: string };
  amount: Money;
  bookingStatus: BookingStatus;
  position: string;
};

/** A ticket of a confirmed booking with its signed code (GET /api/bookings/{id}/tickets). */
export type IssuedTicket = {
  ticketId: string;
  sectionId?: string;
  sectionName?: string;
  row?: string;
  seatNumber?: string;
  /** `Section Stalls · Row B · Seat 12`, or `General admission`. */
  seatLabel: string;
  tierId: string;
  tierName: string;
  attendeeName: string;
  /** The signed code: what the QR code holds, and what a scanner checks. */
  code: string;
  /** The QR code as an SVG document. */
  qrSvg: string;
};

export type IssuedTickets = { bookingId: string; eventId: string; tickets: IssuedTicket[] };

/** `GET /api/bookings/{id}/cancellation`: what cancelling would give back now (the server's refund policy rule). */
export type CancellationQuote = {
  bookingId: string;
  status: BookingStatus;
  by: 'buyer' | 'organizer' | 'admin';
  allowed: boolean;
  /** Why not, when not allowed. */
  reason?: string;
  percent?: number;
  /** For every valid ticket together. */
  refund: Money;
  /** The refund holds until then; when not allowed, when cancelling closed. */
  until?: string;
  /** Each valid ticket of a confirmed booking on its own. */
  tickets: { ticketId: string; refund: Money }[];
  position: string;
};

/** `POST /api/bookings/{id}/cancellation`: without ticket ids, the whole booking. */
export type Cancellation = { reason?: string; ticketIds?: string[] };
export type CancellationResult = {
  bookingId: string;
  status: BookingStatus;
  cancelledTicketIds: string[];
  refund?: Money;
  position: string;
};
