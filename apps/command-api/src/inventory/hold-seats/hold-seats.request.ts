import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { HOLD_TTL_SECONDS, MAX_GROUP_SIZE } from '@booking/domain';

export class HoldSeatsRequest {
  @ApiProperty({
    minimum: 1,
    maximum: MAX_GROUP_SIZE,
    example: 2,
    description:
      "Up to the event's per-order limit (at most 20); up to an approved group request's size with groupRequestId",
  })
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_SIZE)
  quantity!: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The caller's approved group request to spend on this hold (once): lifts the per-order limit to its size",
  })
  @IsOptional()
  @IsUUID()
  groupRequestId?: string;

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
  @ArrayMaxSize(MAX_GROUP_SIZE)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  seatIds?: string[];

  @ApiPropertyOptional({
    description:
      'An access code of the organizer: holds hidden tiers it unlocks, and before sales open if it grants presale',
    example: 'VIP-PRESALE',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  accessCode?: string;
}
