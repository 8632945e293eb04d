import type { ProviderRecord } from '@booking/domain';
import {
  type ConfirmIntentRequest,
  type CreateIntentRequest,
  type PaymentIntent,
  type PaymentProvider,
  PaymentProviderError,
  type ProviderStatement,
  type Refund,
  type RefundRequest,
  type StatementRequest,
} from '../payment-provider';
import type { PayPalClient } from './paypal-client';
import {
  type PayPalOrder,
  type PayPalRefund,
  type PayPalTransaction,
  declined,
  intentOfOrder,
  recordOfTransaction,
  refundOf,
  toPayPalAmount,
} from './paypal-objects';

/** Transaction Search answers at most 31 days per request. */
const SEARCH_WINDOW_MS = 31 * 24 * 3_600_000;
const SEARCH_PAGE_SIZE = 500;

/** The headers PayPal signs a webhook delivery with (lower-cased, as node gives them). */
export type PayPalWebhookHeaders = Readonly<{
  'paypal-auth-algo': string;
  'paypal-cert-url': string;
  'paypal-transmission-id': string;
  'paypal-transmission-sig': string;
  'paypal-transmission-time': string;
}>;

/**
 * The payment port on PayPal Orders v2 (docs/payments.md, "PayPal"; this folder's README says
 * what it was tested against). One order per attempt, created under the attempt's key
 * (PayPal-Request-Id); "confirming" it asks for the buyer's approval on PayPal (the payer-action
 * link, our 3-D Secure-like redirect); the buyer's return, or PayPal's CHECKOUT.ORDER.APPROVED
 * webhook when the browser never came back, captures it once (`capture-{order}` as the key).
 * Refunds go to the order's capture under the refund's key. PayPal has no cancel for an order
 * that is to be captured: a canceled attempt is one we never capture (PayPal lets it expire).
 */
export class PayPalPaymentProvider implements PaymentProvider {
  readonly name = 'paypal';
  readonly paymentMethodField = 'paypal';

  constructor(
    private readonly client: PayPalClient,
    /** Our public origin: PayPal sends the buyer back to absolute URLs. */
    private readonly publicOrigin: () => string,
    /** The id PayPal gave our webhook endpoint: part of what its signatures cover. */
    private readonly webhookId: string,
  ) {}

  async createIntent({ amount, idempotencyKey, metadata }: CreateIntentRequest): Promise<PaymentIntent> {
    const order = await this.client.call<PayPalOrder>({
      method: 'POST',
      path: '/v2/checkout/orders',
      requestId: idempotencyKey,
      body: {
        intent: 'CAPTURE',
        purchase_units: [
          {
            reference_id: metadata.bookingId,
            custom_id: `${metadata.paymentId}:${metadata.bookingId}`,
            amount: toPayPalAmount(amount),
          },
        ],
      },
    });
    return this.intent(order);
  }

  /**
   * Asks PayPal for the buyer's approval: the answer is requires_action with PayPal's page. The
   * buyer comes back to `{returnUrl}/paypal/return` (or `/paypal/cancel`), an SPA route that has
   * the order captured (or the attempt canceled). An order past that step is answered as it is.
   */
  async confirmIntent({ intentId, returnUrl }: ConfirmIntentRequest): Promise<PaymentIntent> {
    const back = new URL(returnUrl, this.publicOrigin()).toString().replace(/\/$/, '');
    try {
      const order = await this.client.call<PayPalOrder>({
        method: 'POST',
        path: `/v2/checkout/orders/${encodeURIComponent(intentId)}/confirm-payment-source`,
        body: {
          payment_source: {
            paypal: {
              experience_context: {
                return_url: `${back}/paypal/return`,
                cancel_url: `${back}/paypal/cancel`,
                user_action: 'PAY_NOW',
                shipping_preference: 'NO_SHIPPING',
              },
            },
          },
        },
      });
      return this.intent(order);
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      const current = await this.retrieveIntent(intentId);
      if (current && current.status !== 'requires_payment_method') return current;
      throw error;
    }
  }

  async retrieveIntent(intentId: string): Promise<PaymentIntent | undefined> {
    const order = await this.order(intentId);
    return order ? intentOfOrder(order) : undefined;
  }

  /** Nothing to call: an order we never capture expires at PayPal. A captured one is answered as it is, pending or not. */
  async cancelIntent(intentId: string, reason: string): Promise<PaymentIntent> {
    const order = await this.order(intentId);
    if (!order) throw new PaymentProviderError('invalid_resource_id', `No PayPal order ${intentId}`);
    const intent = this.intent(order);
    // Captured (even if the capture is still pending) or voided: as it is.
    if (order.status === 'COMPLETED' || order.status === 'VOIDED') return intent;
    const { nextAction: _unused, ...rest } = intent;
    return { ...rest, status: 'canceled', cancellationReason: reason };
  }

  /**
   * Captures an approved order, once: PayPal answers a repeat of `capture-{order}` with the first
   * answer, and an order captured already is read as it is. A refused funding source
   * (INSTRUMENT_DECLINED) ends the attempt as a decline; the buyer may pay again.
   */
  async capture(intentId: string): Promise<PaymentIntent> {
    try {
      const order = await this.client.call<PayPalOrder>({
        method: 'POST',
        path: `/v2/checkout/orders/${encodeURIComponent(intentId)}/capture`,
        requestId: `capture-${intentId}`,
        body: {},
      });
      return this.intent(order);
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      // Whatever PayPal said (captured already, a racing duplicate): an order it shows captured is the answer.
      const current = await this.retrieveIntent(intentId);
      if (current?.status === 'succeeded') return current;
      if (current && error.code === 'instrument_declined') return declined(current, 'instrument_declined');
      throw error;
    }
  }

  async refund({ intentId, amount, idempotencyKey, metadata }: RefundRequest): Promise<Refund> {
    const order = await this.order(intentId);
    const capture = order?.purchase_units?.[0]?.payments?.captures?.[0];
    if (!order || !capture) throw new PaymentProviderError('not_captured', `PayPal order ${intentId} has no capture`);
    if (capture.amount && capture.amount.currency_code !== amount.currency)
      throw new PaymentProviderError('currency_mismatch', `The payment was in ${capture.amount.currency_code}`);
    const refund = await this.client.call<PayPalRefund>({
      method: 'POST',
      path: `/v2/payments/captures/${encodeURIComponent(capture.id)}/refund`,
      requestId: idempotencyKey,
      body: {
        amount: toPayPalAmount(amount),
        ...(metadata ? { custom_id: `${metadata.refundId}:${metadata.bookingId}` } : {}),
      },
    });
    const answered = refundOf(refund, intentId, amount);
    return metadata && !answered.metadata ? { ...answered, metadata } : answered;
  }

  /** PayPal's own view of a refund, for its webhook (which names the refund, not our ids). */
  async retrieveRefund(refundId: string): Promise<PayPalRefund | undefined> {
    try {
      return await this.client.call<PayPalRefund>({
        method: 'GET',
        path: `/v2/payments/refunds/${encodeURIComponent(refundId)}`,
      });
    } catch (error) {
      if (error instanceof PaymentProviderError && isMissing(error)) return undefined;
      throw error;
    }
  }

  /**
   * Captures and refunds from PayPal's Transaction Search, 31 days a request, page by page up to
   * `limit`. PayPal keeps three years of them (and lists them up to about three hours late).
   */
  async statement({ from, to, limit }: StatementRequest): Promise<ProviderStatement> {
    const records: ProviderRecord[] = [];
    let truncated = false;
    for (let start = from.getTime(); start < to.getTime() && !truncated; start += SEARCH_WINDOW_MS) {
      const end = Math.min(start + SEARCH_WINDOW_MS, to.getTime());
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({
          start_date: stamp(start),
          end_date: stamp(end),
          fields: 'all',
          page_size: String(SEARCH_PAGE_SIZE),
          page: String(page),
        });
        const answer = await this.client.call<{ transaction_details?: PayPalTransaction[]; total_pages?: number }>({
          method: 'GET',
          path: `/v1/reporting/transactions?${query.toString()}`,
        });
        for (const row of answer.transaction_details ?? []) {
          const record = recordOfTransaction(row);
          if (!record) continue;
          if (records.length >= limit) {
            truncated = true;
            break;
          }
          records.push(record);
        }
        if (truncated || page >= (answer.total_pages ?? 1)) break;
      }
    }
    records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { records, coveredFrom: from, truncated };
  }

  /**
   * A webhook delivery checked by PayPal itself (verify-webhook-signature, PayPal's documented way):
   * its signature covers the transmission id and time, our webhook id and the body's CRC32.
   */
  async verifyWebhook(headers: PayPalWebhookHeaders, event: unknown): Promise<boolean> {
    const answer = await this.client.call<{ verification_status?: string }>({
      method: 'POST',
      path: '/v1/notifications/verify-webhook-signature',
      body: {
        auth_algo: headers['paypal-auth-algo'],
        cert_url: headers['paypal-cert-url'],
        transmission_id: headers['paypal-transmission-id'],
        transmission_sig: headers['paypal-transmission-sig'],
        transmission_time: headers['paypal-transmission-time'],
        webhook_id: this.webhookId,
        webhook_event: event,
      },
    });
    return answer.verification_status === 'SUCCESS';
  }

  private async order(intentId: string): Promise<PayPalOrder | undefined> {
    try {
      return await this.client.call<PayPalOrder>({
        method: 'GET',
        path: `/v2/checkout/orders/${encodeURIComponent(intentId)}`,
      });
    } catch (error) {
      if (error instanceof PaymentProviderError && isMissing(error)) return undefined;
      throw error;
    }
  }

  private intent(order: PayPalOrder): PaymentIntent {
    const intent = intentOfOrder(order);
    if (!intent) throw new PaymentProviderError('unexpected_order', `PayPal answered an order without our ids`);
    return intent;
  }
}

const isMissing = (error: PaymentProviderError) =>
  error.code === 'invalid_resource_id' || error.code === 'resource_not_found';

/** Transaction Search's date form: ISO 8601 to the second, in UTC. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
