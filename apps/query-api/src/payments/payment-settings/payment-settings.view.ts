import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StripeSettingsView {
  @ApiProperty({ description: "Stripe's publishable key, for the Payment Element", example: 'pk_test_51…' })
  publishableKey!: string;
}

export class PaymentSettingsView {
  @ApiProperty({
    enum: ['test-mode', 'stripe'],
    description: 'Which provider checkout pays through: test-mode takes a card number, stripe a PaymentMethod id',
  })
  provider!: 'test-mode' | 'stripe';

  @ApiPropertyOptional({ type: StripeSettingsView, description: 'Present when the provider is stripe' })
  stripe?: StripeSettingsView;
}
