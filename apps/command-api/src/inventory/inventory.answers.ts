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

export class WaitlistJoinedAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) quantity!: number;
  @ApiPropertyOptional({ example: 'stalls' }) sectionId?: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Place in the queue: 1 is offered first' }) place!: number;
}

export class WaitlistLeftAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
}
