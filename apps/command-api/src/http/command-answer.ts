import { ApiProperty } from '@nestjs/swagger';

/** Every command answer carries the global log position it reached (also the X-Position header). */
export class CommandAnswer {
  @ApiProperty({
    pattern: '^\\d+$',
    example: '1042',
    description:
      'Global log position reached (a bigint as a string); send it back as X-Min-Position to read your write',
  })
  position!: string;
}
