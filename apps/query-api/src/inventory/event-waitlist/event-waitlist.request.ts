import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MinPositionRequest } from '../../http/min-position.request';
import { WAITLIST_STATUSES } from '../waitlist.views';

export class EventWaitlistRequest extends MinPositionRequest {
  @ApiPropertyOptional({ enum: WAITLIST_STATUSES, description: 'Only entries in this state' })
  @IsOptional()
  @IsIn(WAITLIST_STATUSES)
  status?: (typeof WAITLIST_STATUSES)[number];
}
