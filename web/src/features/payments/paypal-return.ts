import { carryPayment, safeReturnPath, type CarriedPayment } from '../booking';
import { settlePayPalOrder } from './payments.api';
import type { PayPalOrderResult } from './payments.types';

/** PayPal sends the buyer back to `return` once they approved, to `cancel` when they left. */
export type PayPalStep = 'return' | 'cancel';

/** The call each step makes on the order. */
export const PAYPAL_STEP_ACTION = { return: 'capture', cancel: 'cancel' } as const satisfies Record<
  PayPalStep,
  'capture' | 'cancel'
>;

/** PayPal's order id from `?token=` (17 uppercase letters and digits, with some leeway); nothing else is sent on. */
export function paypalOrderIdOf(token: string | null | undefined): string | undefined {
  return token && /^[A-Z0-9]{10,32}$/.test(token) ? token : undefined;
}

/** The booking page a PayPal page links back to: a path of this SPA, whatever the URL held. */
export const bookingPagePath = (bookingId: string) => safeReturnPath(`/bookings/${encodeURIComponent(bookingId)}`);

export type PayPalLanding =
  /** No valid order id in the URL: nothing was asked of the server. */
  | { kind: 'invalid-token' }
  /** Settled: on to the booking page, carrying the outcome (payment-outcome.ts in booking). */
  | { kind: 'navigate'; to: string; state: { payment: CarriedPayment } }
  /** The server refused or could not answer (404, 409, 503…): shown with a link back. */
  | { kind: 'problem'; error: unknown };

/** Where an order's answer sends the buyer: the booking page the server names (else this booking's), with the outcome. */
export function afterPayPal(
  step: PayPalStep,
  bookingId: string,
  result: PayPalOrderResult,
): Extract<PayPalLanding, { kind: 'navigate' }> {
  return {
    kind: 'navigate',
    to: safeReturnPath(result.returnUrl, bookingPagePath(bookingId)),
    state: carryPayment({
      via: 'paypal',
      step,
      bookingId: result.bookingId,
      paymentId: result.paymentId,
      status: result.status,
      ...(result.reason ? { reason: result.reason } : {}),
    }),
  };
}

/**
 * The return and cancel pages' work: check the order id, capture or cancel the order, and say where
 * to go next. `settle` is the API call (a stand-in in tests).
 */
export async function landFromPayPal(
  step: PayPalStep,
  { bookingId, token }: { bookingId: string; token: string | null },
  idempotencyKey: string,
  settle: typeof settlePayPalOrder = settlePayPalOrder,
): Promise<PayPalLanding> {
  const orderId = paypalOrderIdOf(token);
  if (!orderId) return { kind: 'invalid-token' };
  try {
    return afterPayPal(step, bookingId, await settle(PAYPAL_STEP_ACTION[step], orderId, idempotencyKey));
  } catch (error) {
    return { kind: 'problem', error };
  }
}
