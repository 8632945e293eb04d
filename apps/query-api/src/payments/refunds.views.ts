import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyView } from '../booking/booking.views';

export const REFUND_STATUSES = ['requested', 'sent', 'succeeded', 'failed', 'manual'] as const;

export class FinanceRefundView {
  @ApiProperty({ format: 'uuid', description: 'The refund (its request event id)' }) refundId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid', description: 'The payment refunded' }) paymentId!: string;
  @ApiProperty({ type: MoneyView }) amount!: MoneyView;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: REFUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ example: 'test-mode' }) provider?: string;
  @ApiPropertyOptional({ description: "The provider's refund id (re_…), once sent" }) providerReference?: string;
  @ApiPropertyOptional({ description: "The provider's payment intent refunded" }) intentId?: string;
  @ApiPropertyOptional({ description: 'Why the provider refused or failed it' }) failureReason?: string;
  @ApiPropertyOptional({ description: 'A failed refund: what finance should do about it' }) action?: string;
  @ApiPropertyOptional({ description: 'A manual refund: how finance gave the money back' }) manualNote?: string;
  @ApiPropertyOptional({ description: 'A manual refund: who resolved it' }) resolvedBy?: string;
}

export class FinanceRefundPageView {
  @ApiProperty({ type: [FinanceRefundView], description: 'Newest request first' }) items!: FinanceRefundView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}
