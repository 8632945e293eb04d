import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_GROUP_REQUEST } from '@booking/domain';

export class RequestGroupBookingRequest {
  @ApiProperty({
    minimum: 2,
    maximum: MAX_GROUP_REQUEST,
    example: 40,
    description: "Places wanted in one hold: more than the event's per-order limit",
  })
  @IsInt()
  @Min(2)
  @Max(MAX_GROUP_REQUEST)
  quantity!: number;

  @ApiPropertyOptional({ description: 'For the organizer: who the group is', example: 'Choir of St Mary, 40 singers' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string;
}
