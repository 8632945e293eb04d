import { ApiProperty } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

export class PromoCodeAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) promoId!: string;
  @ApiProperty({ example: 'SPRING-10' }) code!: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
}
