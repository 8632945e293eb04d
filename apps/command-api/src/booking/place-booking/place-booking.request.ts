import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MAX_TICKETS_PER_BOOKING } from '@booking/domain';

/** Holds one checkout may take (each up to MAX_SEATS_PER_HOLD places, or a group's approved size). */
export const MAX_HOLDS_PER_BOOKING = 5;

export class CheckoutHoldRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() holdId!: string;

  @ApiPropertyOptional({ description: "The hold's seating-plan section, if any (saves a search)", example: 'stalls' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'sectionId must be a section id of the seating plan' })
  sectionId?: string;

  @ApiPropertyOptional({
    description:
      "Price tier of the hold's places. Events without a seating plan and with several tiers need it; with a plan the plan decides, and a different tier is refused",
    example: 'standard',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  tierId?: string;

  @ApiPropertyOptional({
    description: 'Attendee names, one per place of the hold in order (fewer is fine; "" for none)',
    example: ['Ada Lovelace'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TICKETS_PER_BOOKING)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  attendeeNames?: string[];

  @ApiPropertyOptional({
    description:
      'Attendee e-mail addresses, one per place of the hold in order (fewer is fine; "" for none): each gets their own ticket mail',
    example: ['ada@example.com'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TICKETS_PER_BOOKING)
  @IsString({ each: true })
  @Matches(/^$|^[^@\s]+@[^@\s]+\.[^@\s]+$/, {
    each: true,
    message: 'each attendeeEmails entry must be an e-mail address or ""',
  })
  @MaxLength(254, { each: true })
  attendeeEmails?: string[];
}

export class BuyerRequest {
  @ApiProperty({ example: 'Ada Lovelace' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

/** The address an invoice names (personal data). Giving one also asks for an invoice of a free booking. */
export class InvoiceAddressRequest {
  @ApiProperty({ example: 'Ada Lovelace' }) @IsString() @Length(1, 100) name!: string;
  @ApiPropertyOptional({ example: 'Analytical Engines Ltd' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  company?: string;
  @ApiProperty({ example: '12 St James Sq' }) @IsString() @Length(1, 200) street!: string;
  @ApiProperty({ example: 'SW1Y 4JH' }) @IsString() @Length(1, 20) postalCode!: string;
  @ApiProperty({ example: 'London' }) @IsString() @Length(1, 100) city!: string;
  @ApiProperty({ example: 'GB', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country is a two-letter ISO 3166 code in capitals' })
  country!: string;
  @ApiPropertyOptional({ example: 'GB123456789' }) @IsOptional() @IsString() @Length(1, 40) vatId?: string;
}

/** A checkout. No price and no total: the server prices every place from the catalog. */
export class PlaceBookingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() eventId!: string;

  @ApiProperty({ type: [CheckoutHoldRequest], minItems: 1, maxItems: MAX_HOLDS_PER_BOOKING })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_HOLDS_PER_BOOKING)
  @ValidateNested({ each: true })
  @Type(() => CheckoutHoldRequest)
  holds!: CheckoutHoldRequest[];

  @ApiProperty({ type: BuyerRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => BuyerRequest)
  buyer!: BuyerRequest;

  @ApiPropertyOptional({
    description: "A promo code of the event's organizer (case does not matter)",
    example: 'SPRING-10',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  promoCode?: string;

  @ApiPropertyOptional({
    type: InvoiceAddressRequest,
    description: 'The address the invoice names; with it a free booking gets an invoice too',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InvoiceAddressRequest)
  invoiceAddress?: InvoiceAddressRequest;
}
