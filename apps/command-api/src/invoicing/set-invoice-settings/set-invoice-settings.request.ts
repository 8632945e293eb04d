import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_TAX_RATE, MAX_TIER_TAX_RATES } from '@booking/domain';

export class TierTaxRateRequest {
  @ApiProperty({ example: 'vip', description: "A price tier id of the organizer's events" })
  @IsString()
  @Length(1, 40)
  tierId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_TAX_RATE, example: 700, description: 'Basis points' })
  @IsInt()
  @Min(0)
  @Max(MAX_TAX_RATE)
  taxRate!: number;
}

/** The seller's details and tax rates printed on the organizer's future invoices. */
export class SetInvoiceSettingsRequest {
  @ApiProperty({ example: 'Harbour Concerts GmbH' }) @IsString() @Length(1, 200) sellerName!: string;

  @ApiProperty({ example: 'Hafenstr. 1\n20457 Hamburg\nDE', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  sellerAddress!: string;

  @ApiPropertyOptional({ example: 'DE123456789' }) @IsOptional() @IsString() @MaxLength(40) taxId?: string;

  @ApiPropertyOptional({ example: 'HARB', pattern: '^[A-Za-z0-9]{1,12}$' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,12}$/, { message: 'numberPrefix is 1 to 12 letters or digits' })
  numberPrefix?: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_TAX_RATE, example: 1900, description: 'Basis points' })
  @IsInt()
  @Min(0)
  @Max(MAX_TAX_RATE)
  defaultTaxRate!: number;

  @ApiPropertyOptional({ type: [TierTaxRateRequest], maxItems: MAX_TIER_TAX_RATES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TIER_TAX_RATES)
  @ValidateNested({ each: true })
  @Type(() => TierTaxRateRequest)
  tierTaxRates?: TierTaxRateRequest[];
}
