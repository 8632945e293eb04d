import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../http/min-position.request';
import { REFUND_STATUSES } from './refunds.views';

export const REFUNDS_PAGE_SIZE = 50;
export const REFUNDS_MAX_PAGE = 10_000;

/** `?status=&page=`: finance's list of refunds. */
export class FinanceRefundsRequest extends MinPositionRequest {
  @ApiPropertyOptional({ enum: REFUND_STATUSES, description: 'Only refunds in this state' })
  @IsOptional()
  @IsIn(REFUND_STATUSES)
  status?: (typeof REFUND_STATUSES)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: REFUNDS_MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(REFUNDS_MAX_PAGE)
  page?: number;
}
