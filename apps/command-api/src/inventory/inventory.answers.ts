import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

export class HoldAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) quantity!: number;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiPropertyOptional({ example: 'stalls' }) sectionId?: string;
  @ApiPropertyOptional({ type: [String], example: ['stalls:B:12'] }) seatIds?: string[];
}

export class HoldReleasedAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) holdId!: string;
}
