import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { CheckoutHoldRequest, MAX_HOLDS_PER_BOOKING } from '../place-booking/place-booking.request';

/** The checkout's holds (and promo code) without the buyer: what would it cost? */
export class QuoteBookingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() eventId!: string;

  @ApiProperty({ type: [CheckoutHoldRequest], minItems: 1, maxItems: MAX_HOLDS_PER_BOOKING })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_HOLDS_PER_BOOKING)
  @ValidateNested({ each: true })
  @Type(() => CheckoutHoldRequest)
  holds!: CheckoutHoldRequest[];

  @ApiPropertyOptional({ example: 'SPRING-10' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  promoCode?: string;
}
