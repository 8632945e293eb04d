import { PaymentMethodIdField, TestCardNumberField } from '../../payments/shared/card-fields';
import { ProblemException, problem } from '@booking/platform';

/** Exactly one: a test card number (the embedded test-mode provider) or Stripe's PaymentMethod id. */
export class SavePaymentMethodRequest {
  @TestCardNumberField('Test mode only: a test card (4242424242424242 saves; 4000000000000002 is declined)')
  cardNumber?: string;

  @PaymentMethodIdField(
    'paymentMethodId',
    "Stripe only: the PaymentMethod that Stripe's Payment Element (mode 'setup') created in the browser",
  )
  paymentMethodId?: string;
}

export function cardToSave(body: SavePaymentMethodRequest): { cardNumber: string } | { paymentMethodId: string } {
  if (body.cardNumber !== undefined && body.paymentMethodId === undefined) return { cardNumber: body.cardNumber };
  if (body.paymentMethodId !== undefined && body.cardNumber === undefined)
    return { paymentMethodId: body.paymentMethodId };
  const message = 'Give exactly one of cardNumber and paymentMethodId';
  throw new ProblemException(
    problem(400, 'validation', 'Invalid request', message, { errors: [{ field: 'cardNumber', message }] }),
  );
}
