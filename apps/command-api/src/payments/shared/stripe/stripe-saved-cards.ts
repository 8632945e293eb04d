import Stripe from 'stripe';
import type { ProviderCard, SavedCardsPort, SetupOutcome } from '../payment-provider';
import { refusal } from './stripe-errors';

/**
 * Saved cards on Stripe: a Customer per person (metadata: our user id), a SetupIntent per card
 * confirmed at once with the PaymentMethod that the Payment Element created (mode 'setup'), for
 * off-session use; the card's brand, last four digits and expiry as Stripe reports them. A card
 * Stripe declines is a failed outcome with its decline code; a card that asks for authentication
 * to be saved is refused here (`authentication_required`): the buyer pays with it once instead.
 */
export class StripeSavedCards implements SavedCardsPort {
  constructor(private readonly stripe: Stripe) {}

  async createCustomer({ userId, idempotencyKey }: { userId: string; idempotencyKey: string }) {
    const customer = await this.call(() => this.stripe.customers.create({ metadata: { userId } }, { idempotencyKey }));
    return { id: customer.id };
  }

  async saveCard({
    customerId,
    paymentMethod,
    idempotencyKey,
  }: {
    customerId: string;
    paymentMethod: string;
    idempotencyKey: string;
  }): Promise<SetupOutcome> {
    let setup: Stripe.SetupIntent;
    try {
      setup = await this.stripe.setupIntents.create(
        {
          customer: customerId,
          payment_method: paymentMethod,
          confirm: true,
          usage: 'off_session',
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          expand: ['payment_method'],
        },
        { idempotencyKey },
      );
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError && error.setup_intent)
        return declined(error.setup_intent.id, error.decline_code ?? error.code ?? 'card_declined', error.message);
      throw refusal(error);
    }
    if (setup.status !== 'succeeded') {
      const code =
        setup.status === 'requires_action' ? 'authentication_required' : (setup.last_setup_error?.code ?? setup.status);
      return declined(setup.id, code, setup.last_setup_error?.message ?? 'The card could not be saved');
    }
    const method = typeof setup.payment_method === 'object' && setup.payment_method ? setup.payment_method : undefined;
    const card = method ? cardOf(method) : undefined;
    if (!card) return declined(setup.id, 'not_a_card', 'Only cards can be saved');
    return { status: 'succeeded', setupIntentId: setup.id, card };
  }

  async setDefaultCard(customerId: string, paymentMethodId: string): Promise<void> {
    await this.call(() =>
      this.stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } }),
    );
  }

  async removeCard(paymentMethodId: string): Promise<void> {
    try {
      await this.stripe.paymentMethods.detach(paymentMethodId);
    } catch (error) {
      // Gone already (detached before, or deleted at Stripe): what we wanted.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return;
      throw refusal(error);
    }
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw refusal(error);
    }
  }
}

const declined = (setupIntentId: string, declineCode: string, message: string): SetupOutcome => ({
  status: 'failed',
  setupIntentId,
  declineCode,
  message,
});

/** A PaymentMethod's card as the wallet keeps it. */
export function cardOf(method: Stripe.PaymentMethod): ProviderCard | undefined {
  if (!method.card) return undefined;
  return {
    paymentMethodId: method.id,
    brand: method.card.brand,
    last4: method.card.last4,
    expMonth: method.card.exp_month,
    expYear: method.card.exp_year,
  };
}
