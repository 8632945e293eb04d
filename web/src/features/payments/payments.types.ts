/** `POST /api/payments/test-mode/challenges/{intentId}`: the attempt after the buyer's 3-D Secure answer. */
export type ChallengeResult = {
  paymentId: string;
  bookingId: string;
  status: 'succeeded' | 'declined' | 'requires_action' | 'processing' | 'canceled';
  reason?: string;
  intentId: string;
  bookingStatus: string;
  returnUrl: string;
  position: string;
};
export type ChallengeOutcome = 'pass' | 'fail';

/**
 * `GET /api/payments/settings`. `paypal` where PayPal is enabled beside the card provider:
 * `approvalOrigin` is the only origin the SPA sends a buyer to for PayPal's approval, and `standIn`
 * says it is a local stand-in of PayPal (the UI says so), not PayPal.
 */
export type PaymentSettings = {
  provider: 'test-mode' | 'stripe';
  stripe?: { publishableKey: string };
  paypal?: { standIn: boolean; approvalOrigin: string };
};

/**
 * `POST /api/payments/paypal/orders/{orderId}/capture` (the buyer approved on PayPal) and
 * `…/cancel` (the buyer left PayPal): the attempt's outcome and where the booking is.
 */
export type PayPalOrderResult = {
  paymentId: string;
  bookingId: string;
  status: 'succeeded' | 'declined' | 'processing' | 'canceled' | 'requires_action';
  /** PayPal's reason for a decline (`instrument_declined`, …). */
  reason?: string;
  intentId: string;
  amount: { amount: number; currency: string };
  bookingStatus: string;
  /** The booking page (a path of this SPA). */
  returnUrl: string;
  position?: string;
};
