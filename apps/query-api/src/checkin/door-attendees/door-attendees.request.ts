import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MinPositionRequest } from '../../http/min-position.request';

export class DoorAttendeesRequest extends MinPositionRequest {
  @ApiPropertyOptional({
    description: "A name (attendee's or buyer's, any part, any case) or a booking number (or its start)",
    maxLength: 100,
    example: 'Lovelace',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
