import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { CURSOR_PATTERN } from './my-holds.cursor';
import { MY_HOLDS_PAGE } from './my-holds.query';

export class MyHoldsRequest extends MinPositionRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MY_HOLDS_PAGE.max, default: MY_HOLDS_PAGE.default })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(MY_HOLDS_PAGE.max)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the page before', pattern: CURSOR_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(CURSOR_PATTERN, { message: 'cursor must be the nextCursor of an earlier page' })
  cursor?: string;
}
