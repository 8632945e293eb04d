import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StripeSettingsView {
  @ApiProperty({ description: "Stripe's publishable key, for the Payment Element", example: 'pk_test_51…' })
  publishableKey!: string;
}

export class PayPalSettingsView {
  @ApiProperty({
    description: "The origin of PayPal's approval page: the SPA sends the buyer to no other",
    example: 'https://www.paypal.com',
  })
  approvalOrigin!: string;

  @ApiProperty({ description: 'A local stand-in of PayPal (development and tests), not PayPal' })
  standIn!: boolean;
}

export class PaymentSettingsView {
  @ApiProperty({
    enum: ['test-mode', 'stripe'],
    description: 'Which provider checkout pays through: test-mode takes a card number, stripe a PaymentMethod id',
  })
  provider!: 'test-mode' | 'stripe';

  @ApiPropertyOptional({ type: StripeSettingsView, description: 'Present when the provider is stripe' })
  stripe?: StripeSettingsView;

  @ApiPropertyOptional({
    type: PayPalSettingsView,
    description: 'Present when buyers may also pay with PayPal (pay with `{"paypal": true}`)',
  })
  paypal?: PayPalSettingsView;
}
