import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { HOLD_TTL_SECONDS, MAX_SEATS_PER_HOLD } from '@booking/domain';

export class HoldSeatsRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_SEATS_PER_HOLD, example: 2 })
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS_PER_HOLD)
  quantity!: number;

  @ApiPropertyOptional({
    minimum: HOLD_TTL_SECONDS.min,
    maximum: HOLD_TTL_SECONDS.max,
    default: HOLD_TTL_SECONDS.default,
  })
  @IsOptional()
  @IsInt()
  @Min(HOLD_TTL_SECONDS.min)
  @Max(HOLD_TTL_SECONDS.max)
  ttlSeconds?: number;
}
