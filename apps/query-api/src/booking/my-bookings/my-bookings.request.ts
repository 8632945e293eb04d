import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MinPositionRequest } from '../../http/min-position.request';
import { MY_BOOKINGS_WHEN } from './my-bookings.query';

export class MyBookingsRequest extends MinPositionRequest {
  @ApiPropertyOptional({
    enum: MY_BOOKINGS_WHEN,
    description:
      'upcoming: pending or confirmed, the event not started yet; past: pending or confirmed, the event started; cancelled: cancelled or expired. All when absent',
  })
  @IsOptional()
  @IsIn(MY_BOOKINGS_WHEN)
  when?: (typeof MY_BOOKINGS_WHEN)[number];
}
