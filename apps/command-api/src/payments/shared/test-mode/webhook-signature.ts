import { createHmac, timingSafeEqual } from 'node:crypto';

/** Stripe's header scheme: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const SIGNATURE_HEADER = 'test-mode-signature';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signatureHeader(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(payload, secret, timestamp)}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks the header against the raw body: a v1 signature that matches, made within the tolerance. */
export function verifySignature(
  header: string | undefined,
  payload: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  if (!header) return { ok: false, reason: `The ${SIGNATURE_HEADER} header is missing` };
  const parts = header.split(',').map((part) => part.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const signatures = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v as string);
  if (!t || !/^\d{1,12}$/.test(t) || signatures.length === 0) {
    return { ok: false, reason: 'The signature header is not of the form t=<timestamp>,v1=<signature>' };
  }
  const timestamp = Number(t);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return { ok: false, reason: `The signature's timestamp is more than ${toleranceSeconds} s away from now` };
  }
  const expected = Buffer.from(hmac(payload, secret, timestamp), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true } : { ok: false, reason: 'No signature matches the payload' };
}

function hmac(payload: string, secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}
