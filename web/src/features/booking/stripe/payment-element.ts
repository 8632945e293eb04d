/**
 * The Payment Element's part of paying (Stripe's "finalize payments on the server" flow): check
 * the form (`elements.submit()`), turn what the buyer entered into a PaymentMethod
 * (`stripe.createPaymentMethod`), and hand its id to our server, which creates and confirms the
 * attempt's intent. Only the calls used are named, so the flow is testable without Stripe.js.
 */
export type ElementsLike = {
  submit(): Promise<{ error?: { message?: string } }>;
};
export type StripeLike<E> = {
  createPaymentMethod(options: { elements: E }): Promise<{
    paymentMethod?: { id: string };
    error?: { message?: string };
  }>;
};

export type PaymentElementOutcome =
  | { kind: 'payment-method'; paymentMethodId: string }
  /** What the buyer can fix in the form (an incomplete card, a card Stripe refused to tokenize). */
  | { kind: 'form-error'; message: string };

export async function paymentMethodFromElement<E extends ElementsLike>(
  stripe: StripeLike<E>,
  elements: E,
): Promise<PaymentElementOutcome> {
  const checked = await elements.submit();
  if (checked.error) return { kind: 'form-error', message: checked.error.message ?? 'Check the payment details.' };
  const created = await stripe.createPaymentMethod({ elements });
  if (created.error || !created.paymentMethod)
    return { kind: 'form-error', message: created.error?.message ?? 'The payment details could not be used.' };
  return { kind: 'payment-method', paymentMethodId: created.paymentMethod.id };
}

/**
 * Where a payment's answer sends the buyer: Stripe's own 3-D Secure page (an https URL on
 * stripe.com, which sends them back to the booking), or nowhere (the booking page shows the rest).
 */
export function stripeRedirect(result: { status: string; nextAction?: { url: string } }): string | undefined {
  if (result.status !== 'requires_action' || !result.nextAction) return undefined;
  try {
    const url = new URL(result.nextAction.url);
    return url.protocol === 'https:' && (url.hostname === 'stripe.com' || url.hostname.endsWith('.stripe.com'))
      ? url.toString()
      : undefined;
  } catch {
    return undefined;
  }
}
