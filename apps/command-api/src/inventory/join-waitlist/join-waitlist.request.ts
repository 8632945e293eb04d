import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { MAX_SEATS_PER_HOLD } from '@booking/domain';

export class JoinWaitlistRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_SEATS_PER_HOLD, example: 2, description: 'Places wanted together' })
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS_PER_HOLD)
  quantity!: number;

  @ApiPropertyOptional({
    description: 'Seating-plan section to wait for; needed when the plan has more than one',
    example: 'stalls',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'sectionId must be a section id of the seating plan' })
  sectionId?: string;
}
