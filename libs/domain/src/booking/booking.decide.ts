import { DomainError, assertNever, hasRole, money, sum } from '../kernel';
import { cancelBooking, cancelTickets } from './booking.cancel';
import { issueRefund } from './booking.refund';
import { reissueTicket, transferTicket } from './booking.transfer';
import type {
  BookingCommand,
  ExpireBooking,
  PlaceBooking,
  RecordPaymentDeclined,
  SettlePayment,
  StartPayment,
} from './booking.commands';
import type { BookingEvent } from './booking.events';
import type { BookingState } from './booking.state';

/** How long a buyer has to pay once a checkout starts. */
export const PAYMENT_WINDOW_SECONDS = 15 * 60;

/** The most tickets one booking carries (what one or several holds of one event may add up to). */
export const MAX_TICKETS_PER_BOOKING = 100;

type Placed = Exclude<BookingState, { status: 'none' }>;

export function decideBooking(command: BookingCommand, state: BookingState): BookingEvent[] {
  switch (command.type) {
    case 'PlaceBooking':
      return placeBooking(command, state);
    case 'StartPayment':
      return startPayment(command, state);
    case 'RecordPaymentDeclined':
      return recordPaymentDeclined(command, state);
    case 'SettlePayment':
      return settlePayment(command, state);
    case 'ExpireBooking':
      return expireBooking(command, state);
    case 'CancelBooking':
      return cancelBooking(command, state);
    case 'CancelTickets':
      return cancelTickets(command, state);
    case 'TransferTicket':
      return transferTicket(command, state);
    case 'ReissueTicket':
      return reissueTicket(command, state);
    case 'IssueRefund':
      return issueRefund(command, state);
    default:
      return assertNever(command);
  }
}

/** A checkout is recorded once; a free one is confirmed in the same decision. */
function placeBooking({ data, metadata }: PlaceBooking, state: BookingState): BookingEvent[] {
  if (state.status !== 'none') {
    throw DomainError.conflict('booking.exists', `Booking ${data.bookingId} already exists`);
  }
  const { tickets, holds } = data;
  if (tickets.length === 0 || tickets.length > MAX_TICKETS_PER_BOOKING) {
    throw DomainError.validation('booking.bad-tickets', `A booking carries 1 to ${MAX_TICKETS_PER_BOOKING} tickets`);
  }
  const placed = holds.reduce((n, hold) => n + hold.quantity, 0);
  if (placed !== tickets.length || new Set(tickets.map((t) => t.ticketId)).size !== tickets.length) {
    throw DomainError.validation('booking.bad-tickets', 'One ticket per place held, each with its own id');
  }
  const currency = tickets[0].price.currency;
  if (
    tickets.some((t) => t.price.currency !== currency || !Number.isSafeInteger(t.price.amount) || t.price.amount < 0)
  ) {
    throw DomainError.validation('booking.bad-price', 'Ticket prices are non-negative minor units of one currency');
  }
  const discounted = tickets.reduce((n, t) => n + (t.discount?.amount ?? 0), 0);
  if (
    tickets.some((t) => t.discount && (t.discount.currency !== currency || !(t.discount.amount >= 0))) ||
    discounted !== (data.promo?.discount.amount ?? 0)
  ) {
    throw DomainError.validation('booking.bad-price', "The tickets' discounts must add up to the promo code's");
  }
  const grouped = tickets.reduce((n, t) => n + (t.groupDiscount?.amount ?? 0), 0);
  if (
    tickets.some((t) => t.groupDiscount && (t.groupDiscount.currency !== currency || !(t.groupDiscount.amount >= 0))) ||
    grouped !== (data.group?.discount.amount ?? 0) ||
    (data.group !== undefined && tickets.length < data.group.minTickets)
  ) {
    throw DomainError.validation('booking.bad-price', "The tickets' group discounts must add up to the group price's");
  }
  if (!(Date.parse(data.paymentDeadline) > metadata.now.getTime())) {
    throw DomainError.validation('booking.bad-deadline', 'The payment deadline must be in the future');
  }
  if (data.buyerName.trim() === '' || !/^[^@\s]+@[^@\s]+$/.test(data.buyerEmail.trim())) {
    throw DomainError.validation('booking.bad-buyer', "The buyer's name and e-mail address are needed", {
      field: 'buyer',
    });
  }
  const names = data.attendeeNames;
  if (names && names.length !== tickets.length) {
    throw DomainError.validation('booking.bad-attendees', 'One attendee name (or "") per ticket');
  }
  const emails = data.attendeeEmails;
  if (emails && (emails.length !== tickets.length || emails.some((e) => e !== '' && !/^[^@\s]+@[^@\s]+$/.test(e)))) {
    throw DomainError.validation('booking.bad-attendees', 'One attendee e-mail address (or "") per ticket', {
      field: 'attendeeEmails',
    });
  }
  const total = sum(
    tickets.map((t) => t.price),
    currency,
  );
  const buyerId = metadata.actor.userId;
  const { bookingId, eventId } = data;
  const events: BookingEvent[] = [
    {
      type: 'BookingPlaced',
      data: {
        bookingId,
        eventId,
        buyerId,
        buyerName: data.buyerName,
        buyerEmail: data.buyerEmail,
        ...(names ? { attendeeNames: [...names] } : {}),
        ...(emails && emails.some((e) => e !== '') ? { attendeeEmails: [...emails] } : {}),
        holds: [...holds],
        tickets: [...tickets],
        total: money(total.amount, total.currency),
        paymentDeadline: new Date(Date.parse(data.paymentDeadline)).toISOString(),
        ...(data.promo ? { promo: data.promo } : {}),
        ...(data.group ? { group: data.group } : {}),
        ...(data.invoiceAddress ? { invoiceAddress: data.invoiceAddress } : {}),
      },
    },
  ];
  if (total.amount === 0) events.push(confirmed({ bookingId, eventId, buyerId, holds, tickets }));
  return events;
}

/** The tickets are issued: free (no payment), or paid by `paymentId`. */
function confirmed(
  booking: Pick<Placed, 'bookingId' | 'eventId' | 'buyerId' | 'holds' | 'tickets'>,
  paymentId?: string,
): BookingEvent {
  const { bookingId, eventId, buyerId, holds, tickets } = booking;
  const ticketIds = tickets.map((t) => t.ticketId);
  return {
    type: 'BookingConfirmed',
    data: paymentId
      ? { bookingId, eventId, buyerId, holds: [...holds], ticketIds, paymentId, reason: 'paid' }
      : { bookingId, eventId, buyerId, holds: [...holds], ticketIds, reason: 'free' },
  };
}

/** Another person's booking reads as none at all. */
function ownBooking(state: BookingState, bookingId: string, actor: StartPayment['metadata']['actor']): Placed {
  if (state.status === 'none' || (state.buyerId !== actor.userId && !hasRole(actor, 'admin'))) {
    throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
  }
  return state;
}

/** The buyer pays a pending booking before its deadline, one payment at a time. */
function startPayment({ data, metadata }: StartPayment, state: BookingState): BookingEvent[] {
  const booking = ownBooking(state, data.bookingId, metadata.actor);
  if (booking.paymentInFlight === data.paymentId) return [];
  if (booking.status !== 'pending-payment') {
    throw DomainError.conflict('booking.not-payable', `Booking ${data.bookingId} is ${booking.status}`, {
      status: booking.status,
    });
  }
  if (booking.paymentInFlight) {
    throw DomainError.conflict('booking.payment-in-progress', 'A payment of this booking is already under way');
  }
  if (metadata.now.getTime() >= Date.parse(booking.paymentDeadline)) {
    throw DomainError.conflict(
      'booking.payment-deadline-passed',
      `The payment deadline was ${booking.paymentDeadline}`,
    );
  }
  return [
    {
      type: 'BookingPaymentStarted',
      data: { bookingId: data.bookingId, paymentId: data.paymentId, amount: booking.total },
    },
  ];
}

function recordPaymentDeclined({ data }: RecordPaymentDeclined, state: BookingState): BookingEvent[] {
  if (state.status === 'none' || state.paymentInFlight !== data.paymentId) return [];
  const { bookingId, paymentId, reason } = data;
  return [{ type: 'BookingPaymentDeclined', data: { bookingId, paymentId, reason } }];
}

/**
 * The cross-stream rule's booking half: the booking stream alone decides whether a payment buys
 * the seats. Pending → confirmed (the seats are then sold: a checked-out hold ends only through
 * its booking, so they are still its). Expired, cancelled, or already paid by another payment →
 * the money goes back. Settling a payment again changes nothing.
 */
function settlePayment({ data }: SettlePayment, state: BookingState): BookingEvent[] {
  if (state.status === 'none') {
    throw DomainError.notFound('booking.not-found', `No booking ${data.bookingId}`);
  }
  const { bookingId, paymentId, amount } = data;
  if (state.settled.includes(paymentId)) return [];
  const { eventId, buyerId, holds, tickets } = state;
  if (
    state.status === 'pending-payment' &&
    amount.amount === state.total.amount &&
    amount.currency === state.total.currency
  ) {
    return [confirmed({ bookingId, eventId, buyerId, holds, tickets }, paymentId)];
  }
  const reason =
    state.status === 'pending-payment'
      ? `The payment (${amount.amount} ${amount.currency}) does not match the total`
      : state.status === 'confirmed'
        ? 'The booking was already paid'
        : `The booking was ${state.status} before the payment arrived`;
  return [{ type: 'RefundRequested', data: { bookingId, buyerId, paymentId, amount, reason } }];
}

function expireBooking({ data, metadata }: ExpireBooking, state: BookingState): BookingEvent[] {
  if (state.status !== 'pending-payment') return []; // paid, or ended already
  if (metadata.now.getTime() < Date.parse(state.paymentDeadline)) return []; // not due yet
  const { eventId, buyerId, holds } = state;
  return [
    {
      type: 'BookingExpired',
      data: {
        bookingId: data.bookingId,
        eventId,
        buyerId,
        holds: [...holds],
        reason: 'Not paid by the payment deadline',
      },
    },
  ];
}
