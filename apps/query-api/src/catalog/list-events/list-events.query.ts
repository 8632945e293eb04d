import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CATEGORIES } from '@booking/domain';

export class ListEventsParams {
  @ApiPropertyOptional({ description: 'Words matched against title, venue and city' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES as unknown as string[]) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) city?: string;
  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100_000) offset?: number;
  @ApiPropertyOptional({ description: 'Read-your-writes: a position returned by a command' })
  @IsOptional()
  @IsString()
  minPosition?: string;
}

export class ListEventsQuery {
  constructor(readonly params: ListEventsParams) {}
}
