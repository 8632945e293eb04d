import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CATEGORY_SLUG } from '@booking/domain';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';

const list = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The public catalog search: words, filters, sort, paging, facets (all optional). */
export class ListEventsRequest extends MinPositionRequest {
  @ApiPropertyOptional({
    description: 'Words matched (prefix, or one typo from 5 letters) against title, description, venue, city and tags',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ description: 'A category slug (GET /api/categories); retired ones still find their events' })
  @IsOptional()
  @Matches(CATEGORY_SLUG, { message: 'category must be a category slug' })
  category?: string;
  @ApiPropertyOptional({ description: 'Comma-separated; any of them' })
  @IsOptional()
  @Transform(list)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  tags?: string[];
  @ApiPropertyOptional({ description: 'Starts at or after (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
  @ApiPropertyOptional({ description: 'Starts before (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) city?: string;
  @ApiPropertyOptional({ description: 'Latitude of the point for a distance filter' })
  @IsOptional()
  @QueryNumber()
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;
  @ApiPropertyOptional() @IsOptional() @QueryNumber() @IsNumber() @Min(-180) @Max(180) lng?: number;
  @ApiPropertyOptional({ description: 'Distance from lat/lng in km' })
  @IsOptional()
  @QueryNumber()
  @IsNumber()
  @Min(0.1)
  @Max(2000)
  radiusKm?: number;
  @ApiPropertyOptional({ description: 'Cheapest ticket at least (minor units)' })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(0)
  priceMin?: number;
  @ApiPropertyOptional({ description: 'Cheapest ticket at most (minor units)' })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(0)
  priceMax?: number;
  @ApiPropertyOptional({ description: 'Only events with free seats' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  available?: boolean;
  @ApiPropertyOptional({ enum: ['date', 'popularity', 'price'], default: 'date' })
  @IsOptional()
  @IsIn(['date', 'popularity', 'price'])
  sort?: 'date' | 'popularity' | 'price';
  @ApiPropertyOptional({ description: 'Include facet counts' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  facets?: boolean;
  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  limit?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @QueryNumber() @IsInt() @Min(0) @Max(100_000) offset?: number;
}
