import { ApiProperty } from '@nestjs/swagger';
import { CommandAnswer } from '../../http/command-answer';
import { ProblemException, problem } from '@booking/platform';

export class SavedCardAnswer {
  @ApiProperty({
    description: "The provider's PaymentMethod id: what a payment with the card names",
    example: 'pm_1Nx…',
  })
  id!: string;
  @ApiProperty({ example: 'visa' }) brand!: string;
  @ApiProperty({ pattern: '^[0-9]{4}$', example: '4242' }) last4!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12, example: 12 }) expMonth!: number;
  @ApiProperty({ type: 'integer', example: 2030 }) expYear!: number;
  @ApiProperty({ description: 'The card checkout offers first' }) isDefault!: boolean;
  @ApiProperty({ description: 'Past the end of its expiry month: it cannot pay' }) expired!: boolean;
  @ApiProperty({ format: 'date-time' }) savedAt!: string;
}

export class SavedCardCommandAnswer extends CommandAnswer {
  @ApiProperty({ type: SavedCardAnswer }) card!: SavedCardAnswer;
}

export class RemovedCardAnswer extends CommandAnswer {
  @ApiProperty({ example: 'pm_1Nx…' }) paymentMethodId!: string;
  @ApiProperty({ enum: [true] }) removed!: boolean;
}

/** A PaymentMethod id in a path: the provider's form (pm_ and letters, digits, underscores). */
export const PAYMENT_METHOD_ID = /^pm_[A-Za-z0-9_]{1,200}$/;
export const paymentMethodIdParam = {
  name: 'paymentMethodId',
  schema: { type: 'string', pattern: PAYMENT_METHOD_ID.source, maxLength: 203 },
} as const;

/** A 400 before anything is read. */
export function checkPaymentMethodId(paymentMethodId: string): string {
  if (!PAYMENT_METHOD_ID.test(paymentMethodId))
    throw new ProblemException(
      problem(400, 'bad-payment-method-id', 'Bad Request', 'paymentMethodId must be pm_ and letters, digits or _'),
    );
  return paymentMethodId;
}
