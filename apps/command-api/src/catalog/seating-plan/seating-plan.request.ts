import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional } from 'class-validator';
import { SEATING_LIMITS } from '@booking/domain';

/**
 * The plan document (see docs/api-seating.md). Its shape is checked here only at the top; the
 * catalog decider validates every section, row and seat and names the field it refuses.
 */
export class SeatingPlanRequest {
  @ApiProperty({ type: 'array', items: { type: 'object' }, maxItems: SEATING_LIMITS.sections })
  @IsArray()
  @ArrayMaxSize(SEATING_LIMITS.sections)
  @IsObject({ each: true })
  sections!: Record<string, unknown>[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: '{ label, x, y, width, depth }' })
  @IsOptional()
  @IsObject()
  stage?: Record<string, unknown>;
}
