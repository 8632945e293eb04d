import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyAnswer } from '../booking/booking.answers';
import { CommandAnswer } from '../http/command-answer';

export class PromoCodeAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) promoId!: string;
  @ApiProperty({ example: 'SPRING-10' }) code!: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
}

class AccessTierAnswer {
  @ApiProperty({ example: 'vip' }) id!: string;
  @ApiProperty({ example: 'VIP' }) name!: string;
  @ApiProperty({ type: MoneyAnswer }) price!: MoneyAnswer;
  @ApiPropertyOptional() hidden?: boolean;
}
class SalesPeriodAnswer {
  @ApiPropertyOptional({ format: 'date-time' }) opensAt?: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
}

export class EventAccessAnswer {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'VIP-PRESALE' }) code!: string;
  @ApiProperty({ description: 'Holds before the sales window opens' }) presale!: boolean;
  @ApiProperty({ type: [AccessTierAnswer], description: 'The hidden tiers of this event the code unlocks' })
  tiers!: AccessTierAnswer[];
  @ApiPropertyOptional({ type: SalesPeriodAnswer }) sales?: SalesPeriodAnswer;
}
