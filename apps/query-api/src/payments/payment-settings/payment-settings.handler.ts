import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@booking/platform';
import { PaymentSettingsQuery } from './payment-settings.query';
import type { PaymentSettingsView } from './payment-settings.view';

/** What the SPA's pay step needs to know: the provider, and Stripe's publishable key (never a secret). */
@QueryHandler(PaymentSettingsQuery)
export class PaymentSettingsHandler implements IQueryHandler<PaymentSettingsQuery> {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  execute(): Promise<PaymentSettingsView> {
    const { provider, stripe } = this.config.payments;
    return Promise.resolve({
      provider,
      ...(stripe ? { stripe: { publishableKey: stripe.publishableKey } } : {}),
    });
  }
}
