import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyView } from '../booking/booking.views';

class PromoDiscountView {
  @ApiProperty({ enum: ['percent', 'amount', 'free-ticket', 'none'], description: 'none: an access code only' })
  kind!: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100 }) percent?: number;
  @ApiPropertyOptional({ type: MoneyView }) amount?: MoneyView;
}

class PromoAccessView {
  @ApiPropertyOptional({ type: [String], description: 'Hidden price tiers it unlocks' }) tierIds?: string[];
  @ApiPropertyOptional({ description: 'Holds before sales open' }) presale?: boolean;
}

export class PromoCodeView {
  @ApiProperty({ format: 'uuid' }) promoId!: string;
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiProperty({ example: 'SPRING-10' }) code!: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
  @ApiProperty({ type: PromoDiscountView }) discount!: PromoDiscountView;
  @ApiPropertyOptional({ type: 'integer' }) maxUses?: number;
  @ApiPropertyOptional({ type: 'integer' }) maxUsesPerBuyer?: number;
  @ApiPropertyOptional({ format: 'date-time' }) validFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) validUntil?: string;
  @ApiPropertyOptional({ type: [String] }) eventIds?: string[];
  @ApiPropertyOptional({ type: [String] }) tierIds?: string[];
  @ApiPropertyOptional({ type: PromoAccessView, description: 'An access code: what it unlocks' })
  access?: PromoAccessView;
  @ApiProperty({ type: 'integer', description: 'Bookings using it now (what maxUses counts)' }) uses!: number;
  @ApiProperty({ type: 'integer', description: 'Bookings that ever redeemed it' }) redemptions!: number;
  @ApiProperty({ type: MoneyView, nullable: true, description: 'Taken off in all' }) discounted!: MoneyView | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PromoCodesView {
  @ApiProperty({ type: [PromoCodeView], description: 'By code' }) items!: PromoCodeView[];
}
