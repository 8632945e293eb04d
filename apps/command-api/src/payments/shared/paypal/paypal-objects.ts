import { type Money, type ProviderRecord, minorDigits, toDecimalString } from '@booking/domain';
import type { PaymentIntent, Refund } from '../payment-provider';

/**
 * PayPal's REST objects as this adapter reads them (Orders v2, Payments v2, Transaction Search),
 * with only the fields it uses, and their mapping onto the payment port's Stripe-shaped intents.
 * An order is one attempt: its purchase unit carries our ids (`custom_id` = "paymentId:bookingId",
 * `reference_id` = the booking), and its capture is the charge.
 */
export type PayPalAmount = Readonly<{ currency_code: string; value: string }>;
export type PayPalLink = Readonly<{ href: string; rel: string; method?: string }>;

export type PayPalCapture = Readonly<{
  id: string;
  status: 'COMPLETED' | 'DECLINED' | 'PARTIALLY_REFUNDED' | 'PENDING' | 'REFUNDED' | 'FAILED';
  amount?: PayPalAmount;
  custom_id?: string;
  status_details?: Readonly<{ reason?: string }>;
  supplementary_data?: Readonly<{ related_ids?: Readonly<{ order_id?: string }> }>;
}>;

export type PayPalOrder = Readonly<{
  id: string;
  status: 'CREATED' | 'SAVED' | 'APPROVED' | 'VOIDED' | 'COMPLETED' | 'PAYER_ACTION_REQUIRED';
  purchase_units?: ReadonlyArray<
    Readonly<{
      reference_id?: string;
      custom_id?: string;
      amount?: PayPalAmount;
      payments?: Readonly<{ captures?: readonly PayPalCapture[] }>;
    }>
  >;
  links?: readonly PayPalLink[];
}>;

export type PayPalRefund = Readonly<{
  id: string;
  status: 'CANCELLED' | 'FAILED' | 'PENDING' | 'COMPLETED';
  amount?: PayPalAmount;
  custom_id?: string;
  status_details?: Readonly<{ reason?: string }>;
}>;

/** A decimal string in the currency's own digits, as PayPal wants it ("12.30"; "1200" for JPY). */
export function toPayPalAmount(amount: Money): PayPalAmount {
  return { currency_code: amount.currency, value: toDecimalString(amount) };
}

/** PayPal's decimal string back to whole minor units, without a float; undefined if it is not one. */
export function fromPayPalAmount(amount: PayPalAmount | undefined): Money | undefined {
  if (!amount || !/^[A-Z]{3}$/.test(amount.currency_code)) return undefined;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.value);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const digits = minorDigits(amount.currency_code);
  if (fraction.length > digits && !/^0*$/.test(fraction.slice(digits))) return undefined;
  const minor = Number(`${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return undefined;
  return { amount: sign === '-' ? -minor : minor, currency: amount.currency_code };
}

/** Our ids in a purchase unit's or capture's custom_id, or a refund's: "first:second". */
export function ourIds(customId: string | undefined): readonly [string, string] | undefined {
  const parts = customId?.split(':');
  return parts?.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : undefined;
}

/**
 * An order as the port's intent: created → requires_payment_method; waiting for the buyer on
 * PayPal → requires_action (the payer-action link); approved by the buyer and not captured yet →
 * processing; captured → succeeded (the capture is the charge), pending → processing, declined →
 * the attempt's decline; voided → canceled. Undefined for an order without our ids.
 */
export function intentOfOrder(order: PayPalOrder): PaymentIntent | undefined {
  const unit = order.purchase_units?.[0];
  const ids = ourIds(unit?.custom_id);
  const amount = fromPayPalAmount(unit?.amount);
  if (!ids || !amount) return undefined;
  const [paymentId, bookingId] = ids;
  const base = { id: order.id, amount, metadata: { paymentId, bookingId, idempotencyKey: `attempt-${paymentId}` } };
  switch (order.status) {
    case 'CREATED':
    case 'SAVED':
      return { ...base, status: 'requires_payment_method' };
    case 'PAYER_ACTION_REQUIRED': {
      const link = order.links?.find((l) => l.rel === 'payer-action') ?? order.links?.find((l) => l.rel === 'approve');
      return {
        ...base,
        status: 'requires_action',
        ...(link ? { nextAction: { type: 'redirect_to_url', url: link.href } } : {}),
      };
    }
    case 'APPROVED':
      return { ...base, status: 'processing' };
    case 'VOIDED':
      return { ...base, status: 'canceled', cancellationReason: 'voided' };
    case 'COMPLETED':
      return withCapture(base, unit?.payments?.captures?.[0]);
    default:
      return undefined;
  }
}

function withCapture(base: Pick<PaymentIntent, 'id' | 'amount' | 'metadata'>, capture: PayPalCapture | undefined) {
  if (!capture || capture.status === 'PENDING') return { ...base, status: 'processing' } as const;
  if (capture.status === 'DECLINED' || capture.status === 'FAILED') return declined(base, 'capture_declined');
  return { ...base, status: 'succeeded', chargeId: capture.id } as const;
}

/** The attempt's end on a refused funding source: the buyer may pay again (a new attempt). */
export function declined(base: Pick<PaymentIntent, 'id' | 'amount' | 'metadata'>, code: string): PaymentIntent {
  return {
    ...base,
    status: 'requires_payment_method',
    lastPaymentError: { code, declineCode: code, message: 'PayPal declined the funding source' },
  };
}

/** A PayPal refund as the port's: COMPLETED succeeded, PENDING pending, anything else failed. */
export function refundOf(refund: PayPalRefund, intentId: string, fallback: Money): Refund {
  const ids = ourIds(refund.custom_id);
  const status = refund.status === 'COMPLETED' ? 'succeeded' : refund.status === 'PENDING' ? 'pending' : 'failed';
  return {
    id: refund.id,
    intentId,
    amount: fromPayPalAmount(refund.amount) ?? fallback,
    status,
    ...(status === 'failed' ? { failureReason: refund.status_details?.reason?.toLowerCase() ?? 'failed' } : {}),
    ...(ids ? { metadata: { refundId: ids[0], bookingId: ids[1] } } : {}),
  };
}

/** One row of PayPal's Transaction Search, as this adapter reads it. */
export type PayPalTransaction = Readonly<{
  transaction_info: Readonly<{
    transaction_id: string;
    paypal_reference_id?: string;
    transaction_event_code?: string;
    transaction_initiation_date: string;
    transaction_amount: PayPalAmount;
    transaction_status?: string;
    custom_field?: string;
  }>;
}>;

/**
 * A transaction as a reconciliation record: event codes T11xx are refunds (PayPal shows them
 * negative), the rest charges; status S (or V: refunded since) succeeded, P pending, anything else failed. Transaction
 * Search names captures and refunds, not orders: the intent id is not known from it.
 */
export function recordOfTransaction({ transaction_info: t }: PayPalTransaction): ProviderRecord | undefined {
  const signed = fromPayPalAmount(t.transaction_amount);
  if (!signed) return undefined;
  const kind = t.transaction_event_code?.startsWith('T11') ? 'refund' : 'charge';
  const ids = ourIds(t.custom_field);
  // S: completed; V: completed and since fully refunded (the refunds are rows of their own); P: pending.
  const status =
    t.transaction_status === 'S' || t.transaction_status === 'V'
      ? 'succeeded'
      : t.transaction_status === 'P'
        ? 'pending'
        : 'failed';
  return {
    kind,
    id: t.transaction_id,
    amount: { amount: Math.abs(signed.amount), currency: signed.currency },
    status,
    createdAt: new Date(t.transaction_initiation_date).toISOString(),
    ...(ids && kind === 'charge' ? { paymentId: ids[0], bookingId: ids[1] } : {}),
    ...(ids && kind === 'refund' ? { refundId: ids[0], bookingId: ids[1] } : {}),
  };
}
