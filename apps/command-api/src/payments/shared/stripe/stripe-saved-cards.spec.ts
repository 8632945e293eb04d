import Stripe from 'stripe';
import { StripeSavedCards, cardOf } from './stripe-saved-cards';

/**
 * The saved-card outcomes stripe-mock cannot show (its SetupIntent fixture never succeeds): a
 * Stripe client whose setupIntents.create is a stand-in answering Stripe-shaped objects, named so.
 */
const visa = {
  id: 'pm_1',
  object: 'payment_method',
  card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
} as unknown as Stripe.PaymentMethod;

function withSetup(answer: () => Promise<unknown>): StripeSavedCards {
  const standIn = { setupIntents: { create: answer } } as unknown as Stripe;
  return new StripeSavedCards(standIn);
}

describe('StripeSavedCards outcomes (Stripe-shaped objects, a stand-in client)', () => {
  const request = { customerId: 'cus_1', paymentMethod: 'pm_1', idempotencyKey: 'setup-1' };

  it('reads a succeeded SetupIntent as the card saved, with what Stripe tells of it', async () => {
    const cards = withSetup(async () => ({ id: 'seti_1', status: 'succeeded', payment_method: visa }));
    expect(await cards.saveCard(request)).toEqual({
      status: 'succeeded',
      setupIntentId: 'seti_1',
      card: { paymentMethodId: 'pm_1', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
    });
  });

  it('reads a card that asks for authentication as not saved', async () => {
    const cards = withSetup(async () => ({ id: 'seti_2', status: 'requires_action', payment_method: visa }));
    expect(await cards.saveCard(request)).toMatchObject({ status: 'failed', declineCode: 'authentication_required' });
  });

  it('reads a decline (Stripe’s 402 with the SetupIntent) as not saved, with its decline code', async () => {
    const error = new Stripe.errors.StripeCardError({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'stolen_card',
      message: 'Your card was declined.',
      setup_intent: { id: 'seti_3' } as Stripe.SetupIntent,
    } as never);
    const cards = withSetup(async () => Promise.reject(error));
    expect(await cards.saveCard(request)).toEqual({
      status: 'failed',
      setupIntentId: 'seti_3',
      declineCode: 'stolen_card',
      message: 'Your card was declined.',
    });
  });

  it('keeps only cards', () => {
    expect(cardOf({ id: 'pm_x', object: 'payment_method' } as Stripe.PaymentMethod)).toBeUndefined();
  });
});
