import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

/** A test card number (the embedded test-mode provider only), optional in a body that names one card form. */
export function TestCardNumberField(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ description, example: '4242424242424242', pattern: '^[0-9]{12,19}$' }),
    IsOptional(),
    IsString(),
    Matches(/^[0-9]{12,19}$/, { message: 'cardNumber must be 12 to 19 digits' }),
  );
}

/** A Stripe PaymentMethod id (`pm_…`), optional in a body that names one card form. */
export function PaymentMethodIdField(name: string, description: string) {
  return applyDecorators(
    ApiPropertyOptional({ description, example: 'pm_card_visa', pattern: '^pm_[A-Za-z0-9_]{1,200}$' }),
    IsOptional(),
    IsString(),
    Matches(/^pm_[A-Za-z0-9_]{1,200}$/, { message: `${name} must be a PaymentMethod id (pm_…)` }),
  );
}
