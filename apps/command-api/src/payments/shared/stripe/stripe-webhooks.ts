import Stripe from 'stripe';
import type { PaymentIntent, Refund } from '../payment-provider';
import { fromStripeIntent, fromStripeRefund } from './stripe-objects';

/** Stripe's own tolerance for a signature's age (its SDK's default): older deliveries are replays. */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Checks a `Stripe-Signature` header over the raw body with the Stripe SDK, against our clock
 * (nowSeconds) rather than the SDK's. Undefined when it holds; otherwise why not.
 */
export function stripeSignatureProblem(
  payload: string,
  header: string | undefined,
  secret: string,
  nowSeconds: number,
): string | undefined {
  if (!header || !secret) return 'The Stripe-Signature header is missing';
  try {
    Stripe.webhooks.constructEvent(
      payload,
      header,
      secret,
      STRIPE_SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      nowSeconds * 1000,
    );
    return undefined;
  } catch (error) {
    // Our own words: the SDK's can describe the configured secret (its length and last characters).
    if (error instanceof Error && error.message.startsWith('Timestamp outside'))
      return `The signature is older than ${STRIPE_SIGNATURE_TOLERANCE_SECONDS} s (a replay?)`;
    return 'The Stripe-Signature header does not match the body';
  }
}

/** A PaymentIntent from a Stripe event's `data.object`; undefined when it is not one of ours (no metadata of ours). */
export function parseStripeIntent(object: unknown): PaymentIntent | undefined {
  if (!object || typeof object !== 'object') return undefined;
  const o = object as Partial<Stripe.PaymentIntent>;
  const metadata = o.metadata ?? {};
  if (o.object !== 'payment_intent' || typeof o.id !== 'string' || typeof o.status !== 'string') return undefined;
  if (!Number.isSafeInteger(o.amount) || typeof o.currency !== 'string' || !/^[a-z]{3}$/.test(o.currency))
    return undefined;
  if (!UUID.test(metadata.paymentId ?? '') || !UUID.test(metadata.bookingId ?? '') || !metadata.idempotencyKey)
    return undefined;
  return fromStripeIntent(o as Stripe.PaymentIntent);
}

/** A Refund from a Stripe event's `data.object`; undefined when it is not one of ours. */
export function parseStripeRefund(object: unknown): Refund | undefined {
  if (!object || typeof object !== 'object') return undefined;
  const o = object as Partial<Stripe.Refund>;
  const metadata = o.metadata ?? {};
  if (o.object !== 'refund' || typeof o.id !== 'string' || typeof o.status !== 'string') return undefined;
  if (!Number.isSafeInteger(o.amount) || typeof o.currency !== 'string' || !/^[a-z]{3}$/.test(o.currency))
    return undefined;
  if (!UUID.test(metadata.refundId ?? '') || !UUID.test(metadata.bookingId ?? '')) return undefined;
  return fromStripeRefund(o as Stripe.Refund);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
