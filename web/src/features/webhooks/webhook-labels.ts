import type { WebhookAttempt, WebhookDelivery } from './webhooks.types';

const LABELS: Record<string, string> = {
  'booking.confirmed': 'Booking confirmed',
  'booking.cancelled': 'Booking cancelled',
  'booking.tickets_cancelled': 'Tickets cancelled (part of a booking)',
  'payment.succeeded': 'Payment succeeded',
  'payment.failed': 'Payment failed',
  'refund.requested': 'Refund requested',
};

/** A person's name for an event type (the type itself when the SPA does not know it yet). */
export const eventTypeLabel = (type: string): string => LABELS[type] ?? type;

/** What an attempt got, in a few words: "200 in 35 ms", "timed out after 10000 ms (10 s)". */
export function describeAttempt(attempt: WebhookAttempt): string {
  const answer = attempt.statusCode !== undefined ? `HTTP ${attempt.statusCode}` : 'No answer';
  const error = attempt.error ? ` — ${attempt.error}` : '';
  return `${answer} in ${attempt.durationMs} ms${error}`;
}

/** The last attempt of a delivery (undefined before the first). */
export const lastAttempt = (delivery: WebhookDelivery): WebhookAttempt | undefined =>
  delivery.attempts[delivery.attempts.length - 1];

/** Client-side check before sending, for a clear message at once; the server decides. */
export function urlProblem(url: string): string | undefined {
  const value = url.trim();
  if (!value) return 'Enter the URL that receives the notifications';
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'Use an https:// URL';
  } catch {
    return 'Enter a full URL, like https://hooks.example.com/booking';
  }
  return undefined;
}
