import { apiFetch } from '../../lib/api';
import type { ChallengeOutcome, ChallengeResult, PayPalOrderResult, PaymentSettings } from './payments.types';

/** The buyer's answer on the test-mode provider's 3-D Secure page. */
export async function completeChallenge(intentId: string, outcome: ChallengeOutcome, idempotencyKey: string) {
  const result = await apiFetch<ChallengeResult>(`/api/payments/test-mode/challenges/${encodeURIComponent(intentId)}`, {
    method: 'POST',
    body: { outcome },
    idempotencyKey,
  });
  return { ...result.data, position: result.position ?? result.data.position };
}

/**
 * Back from PayPal: `capture` takes the payment the buyer approved, `cancel` closes the order they
 * left. No body; the key makes a retried request replay the first answer.
 */
export async function settlePayPalOrder(action: 'capture' | 'cancel', orderId: string, idempotencyKey: string) {
  const result = await apiFetch<PayPalOrderResult>(
    `/api/payments/paypal/orders/${encodeURIComponent(orderId)}/${action}`,
    { method: 'POST', idempotencyKey },
  );
  return { ...result.data, position: result.position ?? result.data.position };
}

/** The configured payment provider (public): test mode takes a card number, Stripe its Payment Element. */
export async function fetchPaymentSettings({ signal }: { signal?: AbortSignal } = {}) {
  return (await apiFetch<PaymentSettings>('/api/payments/settings', { signal })).data;
}

/** `/bookings/{id}` → the booking id, for the page to show what is being paid. */
export function bookingIdOf(returnPath: string): string | undefined {
  return /^\/bookings\/([0-9a-f-]{36})$/.exec(returnPath)?.[1];
}
