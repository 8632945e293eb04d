import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MinPositionRequest } from '../../http/min-position.request';
import { EVENT_STATUSES } from '../catalog.views';

export class AdminEventsRequest extends MinPositionRequest {
  @ApiPropertyOptional({ enum: EVENT_STATUSES, default: 'submitted' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: string;
}
