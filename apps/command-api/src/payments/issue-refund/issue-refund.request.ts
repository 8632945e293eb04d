import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class RefundAmountRequest {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Integer minor units (cents)', example: 1500 })
  @IsInt()
  @Min(1)
  amount!: number;
  @ApiProperty({ pattern: '^[A-Z]{3}$', example: 'EUR', description: "The payment's currency" })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
}

/** Finance gives money back by amount, against the payment that confirmed the booking. */
export class IssueRefundRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() bookingId!: string;

  @ApiProperty({ type: RefundAmountRequest })
  @IsDefined({ message: 'amount is required' })
  @ValidateNested()
  @Type(() => RefundAmountRequest)
  amount!: RefundAmountRequest;

  @ApiPropertyOptional({ maxLength: 500, example: 'Goodwill: the stage was late' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
