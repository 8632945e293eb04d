import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_PROMO_SCOPE } from '@booking/domain';

export class AmountOffRequest {
  @ApiProperty({ description: 'Minor units (cents)', example: 500, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amount!: number;
  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

export class PromoAccessRequest {
  @ApiPropertyOptional({ type: [String], description: 'Hidden price tiers the code shows and sells', example: ['vip'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROMO_SCOPE)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tierIds?: string[];

  @ApiPropertyOptional({ description: "Holds before the event's sales open" })
  @IsOptional()
  @IsBoolean()
  presale?: boolean;
}

/**
 * A promo code: at most one of `percentOff`, `amountOff` and `freeTicket`; every limit optional.
 * Codes are compared without regard to case and kept upper case.
 */
export class CreatePromoCodeRequest {
  @ApiProperty({
    example: 'SPRING-10',
    minLength: 3,
    maxLength: 32,
    pattern: '^[A-Za-z0-9][A-Za-z0-9-]{1,30}[A-Za-z0-9]$',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/, {
    message: 'code must be 3 to 32 letters, digits or dashes (not starting or ending with a dash)',
  })
  code!: string;

  @ApiPropertyOptional({ description: 'Percent off each eligible ticket', minimum: 1, maximum: 100, example: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  percentOff?: number;

  @ApiPropertyOptional({ type: AmountOffRequest, description: 'An amount off the eligible tickets together' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountOffRequest)
  amountOff?: AmountOffRequest;

  @ApiPropertyOptional({ enum: [true], description: 'One eligible ticket (the cheapest) free' })
  @IsOptional()
  @Equals(true, { message: 'freeTicket, when given, is true' })
  freeTicket?: true;

  @ApiPropertyOptional({
    minimum: 1,
    description: 'Bookings that may use it (a booking that ends unsold gives its use back)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  maxUses?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Bookings one buyer may use it for' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  maxUsesPerBuyer?: number;

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) validFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) validUntil?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these events of yours (all when absent)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROMO_SCOPE)
  @IsUUID('all', { each: true })
  eventIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Only tickets of these price tiers (all when absent)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROMO_SCOPE)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tierIds?: string[];

  @ApiPropertyOptional({
    type: PromoAccessRequest,
    description: 'An access code: hidden tiers it unlocks and/or presale; without a discount it takes nothing off',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PromoAccessRequest)
  access?: PromoAccessRequest;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins only: the organizer the code is for (yourself by default)',
  })
  @IsOptional()
  @IsUUID()
  organizerId?: string;
}
