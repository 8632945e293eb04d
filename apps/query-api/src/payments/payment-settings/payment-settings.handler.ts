import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@booking/platform';
import { PaymentSettingsQuery } from './payment-settings.query';
import type { PaymentSettingsView } from './payment-settings.view';

/**
 * What the SPA's pay step needs to know: the card provider, Stripe's publishable key (never a
 * secret), and whether PayPal is offered (and where its approval page is).
 */
@QueryHandler(PaymentSettingsQuery)
export class PaymentSettingsHandler implements IQueryHandler<PaymentSettingsQuery> {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  execute(): Promise<PaymentSettingsView> {
    const { provider, stripe, paypal } = this.config.payments;
    return Promise.resolve({
      provider,
      ...(stripe ? { stripe: { publishableKey: stripe.publishableKey } } : {}),
      ...(paypal ? { paypal: { approvalOrigin: paypal.approvalOrigin, standIn: paypal.standIn } } : {}),
    });
  }
}
