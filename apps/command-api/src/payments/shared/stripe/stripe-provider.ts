import Stripe from 'stripe';
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
import { fromStripeIntent, fromStripeRefund } from './stripe-objects';
import { refusal } from './stripe-errors';
import { StripeSavedCards } from './stripe-saved-cards';

/** The API version this adapter was written and tested against (stripe-mock serves the same spec). */
export const STRIPE_API_VERSION = Stripe.API_VERSION;

export type StripeSettings = Readonly<{
  secretKey: string;
  /** Where Stripe's API is: unset for api.stripe.com, or stripe-mock's URL in tests. */
  apiUrl?: string;
}>;

/** A Stripe client pinned to STRIPE_API_VERSION, retrying network failures (safe: every write has a key). */
export function stripeClient(settings: StripeSettings): Stripe {
  const url = settings.apiUrl ? new URL(settings.apiUrl) : undefined;
  return new Stripe(settings.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'event-booking-platform' },
    ...(url
      ? {
          host: url.hostname,
          port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
          protocol: url.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}

/**
 * The payment port on Stripe (docs/payments.md, "Stripe"): PaymentIntents with automatic payment
 * methods, one per attempt under the attempt's idempotency key; confirmed with the PaymentMethod the
 * SPA's Payment Element created; refunds to the intent's payment method under the refund's key.
 * Stripe's refusals of a call (a bad state, an unknown id, too large a refund) come back as
 * PaymentProviderError, which the handlers answer with a 4xx; a card decline is not an error here
 * but the intent with its last_payment_error, as the embedded provider answers it.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe';
  readonly paymentMethodField = 'paymentMethodId';
  readonly savedCards: StripeSavedCards;

  constructor(
    private readonly stripe: Stripe,
    /** Our public origin: Stripe sends the buyer back to an absolute URL after 3-D Secure. */
    private readonly publicOrigin: () => string,
  ) {
    this.savedCards = new StripeSavedCards(stripe);
  }

  async createIntent({ amount, idempotencyKey, metadata, customerId }: CreateIntentRequest): Promise<PaymentIntent> {
    const intent = await this.call(() =>
      this.stripe.paymentIntents.create(
        {
          ...(customerId ? { customer: customerId } : {}),
          amount: amount.amount,
          currency: amount.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          metadata: { ...metadata },
        },
        { idempotencyKey },
      ),
    );
    return fromStripeIntent(intent, metadata);
  }

  async confirmIntent({ intentId, paymentMethod, returnUrl }: ConfirmIntentRequest): Promise<PaymentIntent> {
    try {
      const intent = await this.stripe.paymentIntents.confirm(intentId, {
        payment_method: paymentMethod,
        return_url: new URL(returnUrl, this.publicOrigin()).toString(),
      });
      return fromStripeIntent(intent);
    } catch (error) {
      // A decline: Stripe answers 402 with the intent, now wanting another payment method.
      if (error instanceof Stripe.errors.StripeCardError && error.payment_intent)
        return fromStripeIntent(error.payment_intent);
      // Confirmed before (a retried request): the intent as it is, nothing charged twice.
      if (
        error instanceof Stripe.errors.StripeInvalidRequestError &&
        error.code === 'payment_intent_unexpected_state'
      ) {
        const current = await this.retrieveIntent(intentId);
        if (current) return current;
      }
      throw refusal(error);
    }
  }

  async retrieveIntent(intentId: string): Promise<PaymentIntent | undefined> {
    try {
      return fromStripeIntent(await this.stripe.paymentIntents.retrieve(intentId));
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing')
        return undefined;
      throw refusal(error);
    }
  }

  async cancelIntent(intentId: string, reason: string): Promise<PaymentIntent> {
    const stripeReason = CANCELLATION_REASONS.find((known) => known === reason) ?? 'requested_by_customer';
    const intent = await this.call(() =>
      this.stripe.paymentIntents.cancel(intentId, { cancellation_reason: stripeReason }),
    );
    return fromStripeIntent(intent);
  }

  async refund({ intentId, amount, idempotencyKey, metadata }: RefundRequest): Promise<Refund> {
    // Stripe refunds in the charge's currency whatever we say: a refund in another one is refused first.
    const paid = await this.retrieveIntent(intentId);
    if (!paid) throw new PaymentProviderError('resource_missing', `No payment intent ${intentId}`);
    if (paid.amount.currency !== amount.currency)
      throw new PaymentProviderError('currency_mismatch', `The payment was in ${paid.amount.currency}`);
    const refund = await this.call(() =>
      this.stripe.refunds.create(
        {
          payment_intent: intentId,
          amount: amount.amount,
          ...(metadata ? { metadata: { ...metadata } } : {}),
        },
        { idempotencyKey },
      ),
    );
    return fromStripeRefund(refund, metadata);
  }

  /**
   * Charges (with their intent, for our metadata) and refunds created in the period, through
   * Stripe's list endpoints, page by page up to `limit`. Stripe keeps them all: covered from `from`.
   */
  async statement({ from, to, limit }: StatementRequest): Promise<ProviderStatement> {
    const created = { gte: Math.floor(from.getTime() / 1000), lt: Math.ceil(to.getTime() / 1000) };
    const records: ProviderRecord[] = [];
    let truncated = false;
    const take = async <T>(list: AsyncIterable<T>, read: (item: T) => ProviderRecord) => {
      for await (const item of list) {
        if (records.length >= limit) {
          truncated = true;
          return;
        }
        records.push(read(item));
      }
    };
    await this.call(() =>
      take(this.stripe.charges.list({ created, limit: 100, expand: ['data.payment_intent'] }), chargeRecord),
    );
    await this.call(() => take(this.stripe.refunds.list({ created, limit: 100 }), refundRecord));
    records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { records, coveredFrom: from, truncated };
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw refusal(error);
    }
  }
}

function chargeRecord(charge: Stripe.Charge): ProviderRecord {
  const intent = typeof charge.payment_intent === 'object' && charge.payment_intent ? charge.payment_intent : undefined;
  const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : intent?.id;
  const metadata: Record<string, string> = { ...charge.metadata, ...intent?.metadata };
  return {
    kind: 'charge',
    id: charge.id,
    ...(intentId ? { intentId } : {}),
    amount: { amount: charge.amount, currency: charge.currency.toUpperCase() },
    status: charge.status === 'succeeded' ? 'succeeded' : charge.status === 'failed' ? 'failed' : 'pending',
    createdAt: new Date(charge.created * 1000).toISOString(),
    ...(metadata.paymentId ? { paymentId: metadata.paymentId } : {}),
    ...(metadata.bookingId ? { bookingId: metadata.bookingId } : {}),
  };
}

function refundRecord(refund: Stripe.Refund): ProviderRecord {
  const mapped = fromStripeRefund(refund);
  return {
    kind: 'refund',
    id: refund.id,
    ...(mapped.intentId ? { intentId: mapped.intentId } : {}),
    amount: mapped.amount,
    status: mapped.status,
    createdAt: new Date(refund.created * 1000).toISOString(),
    ...(mapped.metadata ? { refundId: mapped.metadata.refundId, bookingId: mapped.metadata.bookingId } : {}),
  };
}

const CANCELLATION_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;
