import { createHash } from 'node:crypto';
import { type BookingState, type WebhookNotification, bookingNumber } from '@booking/domain';
import type { Trigger } from '../policy';

/** The domain events organizers may be notified of. */
export const NOTIFIED_EVENTS = [
  'BookingConfirmed',
  'BookingCancelled',
  'TicketsCancelled',
  'RefundRequested',
  'PaymentSucceeded',
  'PaymentFailed',
] as const;
export type NotifiedEvent = Trigger<(typeof NOTIFIED_EVENTS)[number]>;

type Placed = Exclude<BookingState, { status: 'none' }>;

/**
 * What an organizer is told of one domain event (docs/webhooks.md, "Payload"): ids, amounts in
 * minor units with their currency, who cancelled and why. Never the buyer's name or e-mail, nor
 * an attendee's: a receiver asks the orders API for what the organizer may see.
 */
export function webhookNotification(event: NotifiedEvent, booking: Placed): WebhookNotification {
  const base = {
    bookingId: booking.bookingId,
    bookingNumber: bookingNumber(booking.bookingId),
    eventId: booking.eventId,
  };
  switch (event.type) {
    case 'BookingConfirmed':
      return {
        id: event.id,
        type: 'booking.confirmed',
        data: {
          ...base,
          ticketIds: event.data.ticketIds,
          total: booking.total,
          free: event.data.reason === 'free',
          ...(event.data.paymentId ? { paymentId: event.data.paymentId } : {}),
        },
      };
    case 'BookingCancelled':
      return {
        id: event.id,
        type: 'booking.cancelled',
        data: {
          ...base,
          by: event.data.by ?? 'platform',
          reason: event.data.reason,
          ticketIds: (event.data.tickets ?? []).map((ticket) => ticket.ticketId),
        },
      };
    case 'TicketsCancelled':
      return {
        id: event.id,
        type: 'booking.tickets_cancelled',
        data: {
          ...base,
          by: event.data.by,
          reason: event.data.reason,
          ticketIds: event.data.tickets.map((ticket) => ticket.ticketId),
        },
      };
    case 'RefundRequested':
      return {
        id: event.id,
        type: 'refund.requested',
        data: {
          ...base,
          paymentId: event.data.paymentId,
          amount: event.data.amount,
          reason: event.data.reason,
          ticketIds: event.data.ticketIds ?? [],
        },
      };
    case 'PaymentSucceeded':
      return {
        id: event.id,
        type: 'payment.succeeded',
        data: { ...base, paymentId: event.data.paymentId, amount: event.data.amount, provider: event.data.provider },
      };
    case 'PaymentFailed':
      return {
        id: event.id,
        type: 'payment.failed',
        data: {
          ...base,
          paymentId: event.data.paymentId,
          amount: event.data.amount,
          provider: event.data.provider,
          reason: event.data.reason,
        },
      };
  }
}

/**
 * One delivery per (endpoint, domain event), with an id both name: the policy handling the event
 * again finds the delivery scheduled. A UUID (version 8) from a SHA-256 of the two.
 */
export function deliveryIdOf(endpointId: string, eventId: string): string {
  const hex = createHash('sha256').update(`webhook-delivery:${endpointId}:${eventId}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
