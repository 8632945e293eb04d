import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

export const GROUP_REQUEST_STATUSES = ['pending', 'approved', 'declined', 'used'] as const;

export class GroupRequestAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', example: 40 }) quantity!: number;
  @ApiProperty({ enum: GROUP_REQUEST_STATUSES }) status!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'An approval may be spent on one hold until then' })
  validUntil?: string;
}
