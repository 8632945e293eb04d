import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GRANT_VALID_HOURS } from '@booking/domain';

export class ApproveGroupRequestRequest {
  @ApiPropertyOptional({ description: 'A note for the requester', example: 'Welcome! Seats in rows C–E work best.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: GRANT_VALID_HOURS.max,
    default: GRANT_VALID_HOURS.default,
    description: 'How long the approval may be spent on a hold, in hours',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(GRANT_VALID_HOURS.max)
  validHours?: number;
}
