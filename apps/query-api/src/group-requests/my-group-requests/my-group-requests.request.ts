import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { MinPositionRequest } from '../../http/min-position.request';

export class MyGroupRequestsRequest extends MinPositionRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this event's requests" })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}
