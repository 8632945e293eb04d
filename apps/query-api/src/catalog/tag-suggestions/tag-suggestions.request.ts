import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_TAG_SUGGESTIONS } from '@booking/catalog-search';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';

export class TagSuggestionsRequest extends MinPositionRequest {
  @ApiPropertyOptional({ example: 'ja', description: 'Start of the tag, any case; empty: the most used tags' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  prefix?: string;
  @ApiPropertyOptional({ default: 10, maximum: MAX_TAG_SUGGESTIONS })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(MAX_TAG_SUGGESTIONS)
  limit?: number;
}
