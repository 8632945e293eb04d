import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value);

/**
 * The period to reconcile: from (inclusive) to (exclusive), at most 93 days, begun already; and
 * the provider whose records to compare (default: the card provider).
 */
export class ReconcileProviderRequest {
  @ApiProperty({ format: 'date-time', example: '2027-03-01T00:00:00Z' })
  @Transform(upper)
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'from must be an ISO 8601 date and time' })
  from!: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-01T00:00:00Z' })
  @Transform(upper)
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'to must be an ISO 8601 date and time' })
  to!: string;

  @ApiPropertyOptional({
    enum: ['test-mode', 'stripe', 'paypal'],
    description:
      'Whose records: the card provider (default) or PayPal; one that is not configured here is refused (422)',
  })
  @IsOptional()
  @IsIn(['test-mode', 'stripe', 'paypal'], { message: 'provider must be test-mode, stripe or paypal' })
  provider?: 'test-mode' | 'stripe' | 'paypal';
}
