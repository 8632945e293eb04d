import { describe, expect, it, vi } from 'vitest';
import { paymentMethodFromElement, stripeRedirect } from './payment-element';

/**
 * The pay step's part on Stripe. Stripe.js cannot load in these tests (js.stripe.com is not
 * reachable here), so `elements` and `stripe` are STAND-INS with the two calls the flow makes,
 * answering as Stripe.js documents; they test our flow, not Stripe.
 */
describe('paying with the Payment Element (Stripe.js stand-ins)', () => {
  const elements = (error?: string) => ({ submit: vi.fn(async () => (error ? { error: { message: error } } : {})) });
  const stripe = (answer: { paymentMethod?: { id: string }; error?: { message: string } }) => ({
    createPaymentMethod: vi.fn(async () => answer),
  });

  it('checks the form, then makes a PaymentMethod from it and gives its id', async () => {
    const form = elements();
    const js = stripe({ paymentMethod: { id: 'pm_123' } });
    expect(await paymentMethodFromElement(js, form)).toEqual({ kind: 'payment-method', paymentMethodId: 'pm_123' });
    expect(form.submit).toHaveBeenCalledOnce();
    expect(js.createPaymentMethod).toHaveBeenCalledWith({ elements: form });
  });

  it('stops at an incomplete form with Stripe’s message, making no PaymentMethod', async () => {
    const js = stripe({ paymentMethod: { id: 'pm_123' } });
    expect(await paymentMethodFromElement(js, elements('Your card number is incomplete.'))).toEqual({
      kind: 'form-error',
      message: 'Your card number is incomplete.',
    });
    expect(js.createPaymentMethod).not.toHaveBeenCalled();
  });

  it('shows why a PaymentMethod could not be made', async () => {
    expect(
      await paymentMethodFromElement(stripe({ error: { message: 'Your card was declined.' } }), elements()),
    ).toEqual({ kind: 'form-error', message: 'Your card was declined.' });
  });

  it('follows 3-D Secure to Stripe only', () => {
    const url = 'https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1';
    expect(stripeRedirect({ status: 'requires_action', nextAction: { url } })).toBe(url);
    expect(stripeRedirect({ status: 'succeeded' })).toBeUndefined();
    expect(
      stripeRedirect({ status: 'requires_action', nextAction: { url: 'https://evil.example/stripe.com' } }),
    ).toBeUndefined();
    expect(
      stripeRedirect({ status: 'requires_action', nextAction: { url: 'http://hooks.stripe.com/x' } }),
    ).toBeUndefined();
    expect(
      stripeRedirect({ status: 'requires_action', nextAction: { url: 'https://notstripe.com/x' } }),
    ).toBeUndefined();
  });
});
