import { ApiProperty } from '@nestjs/swagger';

export class SavedCardView {
  @ApiProperty({
    description: "The provider's PaymentMethod id: pay with it as savedPaymentMethodId",
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

export class SavedCardsView {
  @ApiProperty({ type: [SavedCardView], description: 'Newest first; only cards of the configured card provider' })
  items!: SavedCardView[];
}
