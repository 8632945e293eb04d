/**
 * What an organizer may subscribe to. These names are public (the payload's `type`): never
 * renamed, only added to.
 */
export const WEBHOOK_EVENT_TYPES = [
  'booking.confirmed',
  'booking.cancelled',
  'booking.tickets_cancelled',
  'payment.succeeded',
  'payment.failed',
  'refund.requested',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** Endpoints one organizer may have (deleted ones do not count). */
export const MAX_WEBHOOK_ENDPOINTS = 10;
/** The longest URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;
/** Attempts before a delivery gives up (about 2 hours with a 1-minute first retry). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** The longest wait between two attempts. */
export const MAX_WEBHOOK_RETRY_DELAY_MS = 12 * 3600_000;

/** Exponential backoff: `baseMs` after the first failure, doubling after each, capped. */
export function webhookRetryDelayMs(failedAttempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempt - 1), MAX_WEBHOOK_RETRY_DELAY_MS);
}
