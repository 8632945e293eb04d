import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EVENT_LIMITS, MAX_CAPACITY, REFUND_POLICIES } from '@booking/domain';

export class LocationRequest {
  @ApiProperty() @IsNumber() @Min(-90) @Max(90) lat!: number;
  @ApiProperty() @IsNumber() @Min(-180) @Max(180) lng!: number;
}
export class VenueDetailsRequest {
  @ApiProperty() @IsString() @Length(2, 120) name!: string;
  @ApiProperty() @IsString() @Length(2, 80) city!: string;
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO 3166 code' })
  country!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(3, 300) address?: string;
  @ApiPropertyOptional({ type: LocationRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationRequest)
  location?: LocationRequest;
}
export class MoneyRequest {
  @ApiProperty({ description: 'Integer minor units (cents)', example: 2500 }) @IsInt() @Min(0) amount!: number;
  @ApiProperty({ example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
}
export class PriceTierRequest {
  @ApiProperty({ example: 'standard' }) @IsString() @Length(1, 40) id!: string;
  @ApiProperty({ example: 'Standard' }) @IsString() @Length(1, 60) name!: string;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) price!: MoneyRequest;
  @ApiPropertyOptional({ description: 'Only buyers with an access code that unlocks it see and buy it' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean;
}
const GROUP = EVENT_LIMITS.groupPrices;
export class GroupPriceRequest {
  @ApiProperty({ minimum: GROUP.minTickets, maximum: GROUP.maxTickets, example: 10 })
  @IsInt()
  @Min(GROUP.minTickets)
  @Max(GROUP.maxTickets)
  minTickets!: number;
  @ApiProperty({ minimum: GROUP.minPercent, maximum: GROUP.maxPercent, example: 15 })
  @IsInt()
  @Min(GROUP.minPercent)
  @Max(GROUP.maxPercent)
  percentOff!: number;
}
export class SalesWindowRequest {
  @ApiProperty() @IsISO8601({ strict: true }) opensAt!: string;
  @ApiProperty() @IsISO8601({ strict: true }) closesAt!: string;
}

/** The list is managed by admins, so the domain checks it (422 catalog.unknown-category), not the DTO. */
export const CATEGORY_DESCRIPTION = 'An active category slug from GET /api/categories';

/** Everything an organizer may set or change; each field optional (an edit sends what changed). */
export class EventDetailsRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(3, 140) title?: string;
  @ApiPropertyOptional({ description: 'Plain text or simple HTML; sanitized' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;
  @ApiPropertyOptional({ description: CATEGORY_DESCRIPTION, example: 'music' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.tags)
  @IsString({ each: true })
  tags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) endsAt?: string;
  @ApiPropertyOptional({ example: 'Europe/Amsterdam' }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @ApiPropertyOptional({ type: VenueDetailsRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => VenueDetailsRequest)
  venue?: VenueDetailsRequest;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(MAX_CAPACITY) capacity?: number;
  @ApiPropertyOptional({ type: [PriceTierRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.priceTiers)
  @ValidateNested({ each: true })
  @Type(() => PriceTierRequest)
  priceTiers?: PriceTierRequest[];
  @ApiPropertyOptional({ type: SalesWindowRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalesWindowRequest)
  salesWindow?: SalesWindowRequest;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.maxTicketsPerOrder)
  maxTicketsPerOrder?: number;
  @ApiPropertyOptional({ description: 'Most tickets one buyer may hold at once, over all orders; unset: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.maxTicketsPerBuyer)
  maxTicketsPerBuyer?: number;
  @ApiPropertyOptional({
    description: 'Let buyers pick seats that leave one free seat alone beside a taken one (refused by default)',
  })
  @IsOptional()
  @IsBoolean()
  allowLoneSeats?: boolean;
  @ApiPropertyOptional({ description: 'Open a waitlist when places run out (default true)' })
  @IsOptional()
  @IsBoolean()
  waitlist?: boolean;
  @ApiPropertyOptional({
    description: 'How long a waitlist offer holds its places, in minutes (default 30)',
    minimum: EVENT_LIMITS.waitlistOfferMinutes.min,
    maximum: EVENT_LIMITS.waitlistOfferMinutes.max,
  })
  @IsOptional()
  @IsInt()
  @Min(EVENT_LIMITS.waitlistOfferMinutes.min)
  @Max(EVENT_LIMITS.waitlistOfferMinutes.max)
  waitlistOfferMinutes?: number;
  @ApiPropertyOptional({
    type: [GroupPriceRequest],
    maxItems: GROUP.rules,
    description:
      'Group prices: a booking of at least minTickets tickets gets percentOff off each (the best rule it reaches); [] clears them',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GROUP.rules)
  @ValidateNested({ each: true })
  @Type(() => GroupPriceRequest)
  groupPrices?: GroupPriceRequest[];
  @ApiPropertyOptional({ enum: REFUND_POLICIES })
  @IsOptional()
  @IsIn(REFUND_POLICIES as unknown as string[])
  refundPolicy?: (typeof REFUND_POLICIES)[number];
}
