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

/** `GET /api/payments/settings`. */
export type PaymentSettings = { provider: 'test-mode' | 'stripe'; stripe?: { publishableKey: string } };
