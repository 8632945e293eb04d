import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every webhook request carries (docs/webhooks.md, "Verifying a request"). */
export const SIGNATURE_HEADER = 'Booking-Signature';
/** How old a signature a receiver should still accept, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>`. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${hmac(secret, `${unixSeconds}.${body}`)}`;
}

export type VerifyOutcome = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * What a receiver does with a request, as a reference implementation (the docs show the same in a
 * few lines): parse the header, recompute the HMAC over the raw body, compare in constant time
 * (any `v1` may match: several are sent while secrets overlap), and refuse a timestamp further
 * than `toleranceSeconds` from now (a replay).
 */
export function verifyWebhookSignature(
  header: string | undefined,
  body: string,
  secret: string,
  options: { nowSeconds: number; toleranceSeconds?: number },
): VerifyOutcome {
  if (!header) return { ok: false, reason: 'no signature header' };
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamps = parts.filter(([key]) => key === 't').map(([, value]) => Number(value));
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
  const timestamp = timestamps[0];
  if (timestamps.length !== 1 || !Number.isInteger(timestamp)) return { ok: false, reason: 'no timestamp' };
  if (signatures.length === 0) return { ok: false, reason: 'no v1 signature' };
  const expected = Buffer.from(hmac(secret, `${timestamp}.${body}`), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { ok: false, reason: 'signature mismatch' };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(options.nowSeconds - timestamp) > tolerance) return { ok: false, reason: 'timestamp outside tolerance' };
  return { ok: true, timestamp };
}

const hmac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload, 'utf8').digest('hex');
