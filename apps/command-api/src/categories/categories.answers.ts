import { ApiProperty } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

/** `{ slug, label, status, changed, position }`; the ETag is the list's revision. */
export class CategoryAnswer extends CommandAnswer {
  @ApiProperty({ example: 'music' }) slug!: string;
  @ApiProperty({ example: 'Music' }) label!: string;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: string;
  @ApiProperty({ description: 'false when it already was so' }) changed!: boolean;
}
