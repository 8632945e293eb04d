import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ReissueTicketRequest {
  @ApiPropertyOptional({ maxLength: 500, example: 'Lost', description: 'Why; a default names who reissued it' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
