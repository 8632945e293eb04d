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
  attendeeName?: string;
  /** Set once the ticket was cancelled: it no longer admits. */
  cancelledAt?: string;
  cancellationReason?: string;
};

/** The promo code a checkout used. */
export type BookingPromo = { promoId: string; code: string; discount: Money };

export type BookingPayment = {
  paymentId: string;
  amount: Money;
  status: 'started' | 'declined' | 'succeeded';
  /** The provider's reason, for a declined payment. */
  declineReason?: string;
};
/** Money to go back ('requested': the payments side executes it). */
export type BookingRefund = {
  refundId: string;
  paymentId: string;
  amount: Money;
  reason: string;
  requestedAt: string;
  status: 'requested';
  ticketIds?: string[];
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
export type CheckoutHold = { holdId: string; sectionId?: string; tierId?: string; attendeeNames?: string[] };
export type Checkout = {
  eventId: string;
  holds: CheckoutHold[];
  buyer: { name: string; email: string };
  promoCode?: string;
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
};
export type BookingQuote = {
  eventId: string;
  tickets: QuotedTicket[];
  subtotal: Money;
  promo?: BookingPromo;
  total: Money;
};

/** `POST /api/bookings/{id}/payments`: the provider's one answer and the booking after it. */
export type PaymentResult = {
  paymentId: string;
  bookingId: string;
  status: 'succeeded' | 'declined';
  /** The provider's reason for a decline (`card_declined`, `insufficient_funds`, …). */
  reason?: string;
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
