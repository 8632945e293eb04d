import type { Booking, PaymentResult } from './booking.types';

/**
 * A payment's outcome learnt on another page (PayPal's return or cancel page), carried to the
 * booking page in the history state: the booking page shows it at once, even before the booking as
 * read again names the attempt. `step`: the buyer approved on PayPal ('return') or left it ('cancel').
 */
export type CarriedPayment = {
  via: 'paypal';
  step: 'return' | 'cancel';
  bookingId: string;
  paymentId: string;
  status: PaymentResult['status'];
  reason?: string;
};

/** The history state to navigate with (`navigate(to, { state: carryPayment(...) })`). */
export const carryPayment = (payment: CarriedPayment) => ({ payment });

const STATUSES: readonly string[] = ['succeeded', 'declined', 'requires_action', 'processing', 'canceled'];

/**
 * The carried outcome, if the history state holds one for this booking and it is still the
 * booking's last attempt (a later attempt, from another tab or after a reload, makes it stale).
 * The state is whatever the history holds: checked field by field.
 */
export function carriedPaymentOf(
  state: unknown,
  booking: Pick<Booking, 'bookingId' | 'payments'>,
): CarriedPayment | undefined {
  const payment = (state as { payment?: unknown } | null | undefined)?.payment;
  if (!payment || typeof payment !== 'object') return undefined;
  const p = payment as Record<string, unknown>;
  if (p.via !== 'paypal' || (p.step !== 'return' && p.step !== 'cancel')) return undefined;
  if (p.bookingId !== booking.bookingId || typeof p.paymentId !== 'string') return undefined;
  if (typeof p.status !== 'string' || !STATUSES.includes(p.status)) return undefined;
  if (p.reason !== undefined && typeof p.reason !== 'string') return undefined;
  const last = booking.payments.at(-1);
  if (last && last.paymentId !== p.paymentId) return undefined;
  return {
    via: 'paypal',
    step: p.step,
    bookingId: p.bookingId,
    paymentId: p.paymentId,
    status: p.status as CarriedPayment['status'],
    ...(typeof p.reason === 'string' ? { reason: p.reason } : {}),
  };
}

/**
 * What the booking page says about a carried outcome besides a decline (PaymentDeclined says that
 * one, in the provider's words); nothing for a success, which the booking's status shows.
 */
export function carriedPaymentNotice(payment: CarriedPayment): string | undefined {
  switch (payment.status) {
    case 'canceled':
      return payment.step === 'cancel'
        ? 'You left PayPal; nothing was charged. You can pay again below.'
        : 'The PayPal payment was cancelled; nothing was charged. You can pay again below.';
    case 'processing':
      return 'PayPal is still processing the payment. This page shows the outcome as soon as PayPal tells us.';
    case 'requires_action':
      return 'PayPal has not approved the payment yet. Continue on PayPal, or pay another way below.';
    case 'succeeded':
    case 'declined':
      return undefined;
  }
}
