import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { BOOKING_STATUSES } from '../booking.views';
import { ORDER_SEARCH_MAX, ORDERS_MAX_PAGE } from '../event-orders';

/** `?status=&q=`: the filters of the orders list, its CSV and the admin's bookings. */
export class OrdersFilterRequest extends MinPositionRequest {
  @ApiPropertyOptional({ enum: BOOKING_STATUSES })
  @IsOptional()
  @IsIn(BOOKING_STATUSES)
  status?: (typeof BOOKING_STATUSES)[number];

  @ApiPropertyOptional({
    maxLength: ORDER_SEARCH_MAX,
    description: "Part of the buyer's name or e-mail, an attendee's name, or the booking number (case-insensitive)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(ORDER_SEARCH_MAX)
  q?: string;
}

export class EventOrdersRequest extends OrdersFilterRequest {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: ORDERS_MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(ORDERS_MAX_PAGE)
  page?: number;
}
