import { ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsOptional } from 'class-validator';
import { PaymentMethodIdField, TestCardNumberField } from '../../payments/shared/card-fields';
import { ProblemException, problem } from '@booking/platform';
import type { PaymentMethodChoice } from './pay-booking.command';

/**
 * Exactly one of the four: the embedded test-mode provider takes a card number, Stripe a
 * PaymentMethod id; `savedPaymentMethodId` pays with one of your saved cards; `paypal: true` pays
 * through PayPal where it is offered (GET /api/payments/settings).
 */
export class PayBookingRequest {
  @TestCardNumberField(
    'Test mode only: 4242424242424242 succeeds; 4000000000009995 (insufficient funds), 4000000000009979 (stolen) and 4000000000000002 are declined; 4000002500003155 and 4000000000003220 ask for 3-D Secure; any other number is declined',
  )
  cardNumber?: string;

  @PaymentMethodIdField(
    'paymentMethodId',
    "Stripe only: the PaymentMethod that Stripe's Payment Element created in the browser",
  )
  paymentMethodId?: string;

  @ApiPropertyOptional({
    enum: [true],
    description:
      "Pay with PayPal (where GET /api/payments/settings offers it): the answer is requires_action with PayPal's approval page as nextAction",
  })
  @IsOptional()
  @Equals(true, { message: 'paypal must be true' })
  paypal?: true;

  @PaymentMethodIdField(
    'savedPaymentMethodId',
    'One of your saved cards (GET /api/me/payment-methods): pays in one step',
  )
  savedPaymentMethodId?: string;
}

export function paymentMethodChoice(body: PayBookingRequest): PaymentMethodChoice {
  const given = [body.cardNumber, body.paymentMethodId, body.paypal, body.savedPaymentMethodId].filter(
    (value) => value !== undefined,
  );
  if (given.length === 1) {
    if (body.cardNumber !== undefined) return { cardNumber: body.cardNumber };
    if (body.paymentMethodId !== undefined) return { paymentMethodId: body.paymentMethodId };
    if (body.savedPaymentMethodId !== undefined) return { savedPaymentMethodId: body.savedPaymentMethodId };
    return { paypal: true };
  }
  const message = 'Give exactly one of cardNumber, paymentMethodId, savedPaymentMethodId and paypal';
  throw new ProblemException(
    problem(400, 'validation', 'Invalid request', message, { errors: [{ field: 'cardNumber', message }] }),
  );
}
