import type { PaymentIntent, Refund } from '../payment-provider';

/** A provider event as sent to the webhook endpoint, in Stripe's shape (snake_case, `data.object`). */
export type ProviderEvent = Readonly<{
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  data: { object: Record<string, unknown> };
}>;

export const INTENT_EVENT_TYPES = {
  requires_payment_method: 'payment_intent.created',
  requires_action: 'payment_intent.requires_action',
  processing: 'payment_intent.processing',
  succeeded: 'payment_intent.succeeded',
  canceled: 'payment_intent.canceled',
} as const;
export const PAYMENT_FAILED = 'payment_intent.payment_failed';
export const CHARGE_REFUNDED = 'charge.refunded';
/** A refund changed later (Stripe's `charge.refund.updated`): here, a refund that failed after it was accepted. */
export const REFUND_UPDATED = 'charge.refund.updated';

export function intentObject(intent: PaymentIntent): Record<string, unknown> {
  return {
    id: intent.id,
    object: 'payment_intent',
    amount: intent.amount.amount,
    currency: intent.amount.currency.toLowerCase(),
    status: intent.status,
    metadata: { ...intent.metadata },
    next_action: intent.nextAction
      ? { type: 'redirect_to_url', redirect_to_url: { url: intent.nextAction.url } }
      : null,
    last_payment_error: intent.lastPaymentError
      ? {
          code: intent.lastPaymentError.code,
          decline_code: intent.lastPaymentError.declineCode,
          message: intent.lastPaymentError.message,
        }
      : null,
    latest_charge: intent.chargeId ?? null,
    cancellation_reason: intent.cancellationReason ?? null,
  };
}

export function refundObject(refund: Refund): Record<string, unknown> {
  return {
    id: refund.id,
    object: 'refund',
    payment_intent: refund.intentId,
    amount: refund.amount.amount,
    currency: refund.amount.currency.toLowerCase(),
    status: refund.status,
    failure_reason: refund.failureReason ?? null,
    metadata: { ...refund.metadata },
  };
}

/** Reads a refund back from an event's `data.object`; undefined when it is not one of ours. */
export function parseRefundObject(object: unknown): Refund | undefined {
  if (!object || typeof object !== 'object') return undefined;
  const o = object as Record<string, unknown>;
  const metadata = o.metadata as Record<string, unknown> | undefined;
  if (o.object !== 'refund' || !str(o.id) || !str(o.payment_intent)) return undefined;
  if (o.status !== 'pending' && o.status !== 'succeeded' && o.status !== 'failed') return undefined;
  if (!Number.isSafeInteger(o.amount) || !str(o.currency) || !/^[a-z]{3}$/.test(o.currency)) return undefined;
  if (!metadata || !str(metadata.refundId) || !str(metadata.bookingId)) return undefined;
  return {
    id: o.id,
    intentId: o.payment_intent,
    amount: { amount: o.amount as number, currency: o.currency.toUpperCase() },
    status: o.status,
    ...(str(o.failure_reason) ? { failureReason: o.failure_reason } : {}),
    metadata: { refundId: metadata.refundId, bookingId: metadata.bookingId },
  };
}

const str = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

/** Reads a payment intent back from an event's `data.object`; undefined when it is not one of ours. */
export function parseIntentObject(object: unknown): PaymentIntent | undefined {
  if (!object || typeof object !== 'object') return undefined;
  const o = object as Record<string, unknown>;
  const metadata = o.metadata as Record<string, unknown> | undefined;
  const statuses = ['requires_payment_method', 'requires_action', 'processing', 'succeeded', 'canceled'];
  if (o.object !== 'payment_intent' || !str(o.id) || !str(o.status) || !statuses.includes(o.status)) return undefined;
  if (!Number.isSafeInteger(o.amount) || !str(o.currency) || !/^[a-z]{3}$/.test(o.currency)) return undefined;
  if (!metadata || !str(metadata.paymentId) || !str(metadata.bookingId) || !str(metadata.idempotencyKey))
    return undefined;
  const next = o.next_action as { redirect_to_url?: { url?: unknown } } | null | undefined;
  const error = o.last_payment_error as Record<string, unknown> | null | undefined;
  return {
    id: o.id,
    amount: { amount: o.amount as number, currency: o.currency.toUpperCase() },
    status: o.status as PaymentIntent['status'],
    metadata: { paymentId: metadata.paymentId, bookingId: metadata.bookingId, idempotencyKey: metadata.idempotencyKey },
    ...(next && str(next.redirect_to_url?.url)
      ? { nextAction: { type: 'redirect_to_url', url: next.redirect_to_url.url } }
      : {}),
    ...(error && str(error.code)
      ? {
          lastPaymentError: {
            code: error.code,
            declineCode: str(error.decline_code) ? error.decline_code : error.code,
            message: str(error.message) ? error.message : '',
          },
        }
      : {}),
    ...(str(o.latest_charge) ? { chargeId: o.latest_charge } : {}),
    ...(str(o.cancellation_reason) ? { cancellationReason: o.cancellation_reason } : {}),
  };
}
