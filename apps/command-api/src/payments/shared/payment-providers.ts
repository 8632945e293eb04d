import { Inject, Injectable } from '@nestjs/common';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider';
import type { PayPalPaymentProvider } from './paypal/paypal-provider';

/** PayPal beside the card provider, when configured (PAYPAL_CLIENT_ID); null otherwise. */
export const PAYPAL_PROVIDER = Symbol('PAYPAL_PROVIDER');

/**
 * The providers a buyer can pay through: the card provider (PAYMENTS_PROVIDER: the embedded test
 * mode or Stripe) and, when configured, PayPal. An attempt records its provider's name
 * (`PaymentIntentCreated.provider`), so everything after it (the return, webhooks, cancelling,
 * refunds, reconciliation) goes back to the provider that took it.
 */
@Injectable()
export class PaymentProviders {
  constructor(
    @Inject(PAYMENT_PROVIDER) readonly card: PaymentProvider,
    @Inject(PAYPAL_PROVIDER) readonly paypal: PayPalPaymentProvider | null,
  ) {}

  /** The provider an attempt named, or undefined for one that is not configured here. */
  named(name: string | undefined): PaymentProvider | undefined {
    if (name === undefined || name === this.card.name) return this.card;
    if (this.paypal && name === this.paypal.name) return this.paypal;
    return undefined;
  }

  get all(): readonly PaymentProvider[] {
    return this.paypal ? [this.card, this.paypal] : [this.card];
  }
}
