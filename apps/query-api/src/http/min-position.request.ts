import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * The query string every read with a DTO accepts: unknown fields are refused, so `?minPosition=`
 * (read-your-writes, checked and waited for by the ConsistencyGuard) must be declared. A
 * query's own request class extends it; one with no other field uses it as is.
 */
export class MinPositionRequest {
  @ApiPropertyOptional({ description: 'Read-your-writes: a position returned by a command' })
  @IsOptional()
  @IsString()
  minPosition?: string;
}
