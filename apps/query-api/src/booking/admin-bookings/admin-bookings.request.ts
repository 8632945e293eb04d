import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, IsOptional } from 'class-validator';
import { EventOrdersRequest } from '../event-orders/event-orders.request';

export class AdminBookingsRequest extends EventOrdersRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this event's bookings" })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}
