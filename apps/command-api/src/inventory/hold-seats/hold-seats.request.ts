import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
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

  @ApiPropertyOptional({
    description: 'Seating-plan section; needed when the plan has more than one',
    example: 'stalls',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'sectionId must be a section id of the seating plan' })
  sectionId?: string;

  @ApiPropertyOptional({
    description: 'Seats wanted (ids "section:row:number"); without them a seated section gives the best available',
    example: ['stalls:B:12', 'stalls:B:13'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SEATS_PER_HOLD)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  seatIds?: string[];
}
