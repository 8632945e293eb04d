import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ProblemException, problem } from '@booking/platform';

/** Exactly one: a test card number (the embedded test-mode provider) or Stripe's PaymentMethod id. */
export class SavePaymentMethodRequest {
  @ApiPropertyOptional({
    description: 'Test mode only: a test card (4242424242424242 saves; 4000000000000002 is declined)',
    example: '4242424242424242',
    pattern: '^[0-9]{12,19}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{12,19}$/, { message: 'cardNumber must be 12 to 19 digits' })
  cardNumber?: string;

  @ApiPropertyOptional({
    description: "Stripe only: the PaymentMethod that Stripe's Payment Element (mode 'setup') created in the browser",
    example: 'pm_card_visa',
    pattern: '^pm_[A-Za-z0-9_]{1,200}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^pm_[A-Za-z0-9_]{1,200}$/, { message: 'paymentMethodId must be a Stripe PaymentMethod id (pm_…)' })
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
