import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { type CatalogDocument, MAX_TAG_SUGGESTIONS, suggestTags } from '@booking/catalog-search';
import type { ReadCollection } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { ReadsProjections } from '../../http/reads-projections';
import { TagSuggestionsView } from '../catalog.views';
import { QueryNumber } from '@booking/platform';

export class TagSuggestionsParams {
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
  @ApiPropertyOptional({ description: 'Read-your-writes: a position returned by a command' })
  @IsOptional()
  @IsString()
  minPosition?: string;
}

/** Free tags, suggested from what published events use (the organizer form offers them as one types). */
@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api/tags')
export class TagSuggestionsController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @ApiOkResponse({ type: TagSuggestionsView, description: 'Most used first, then A–Z' })
  async suggest(@Query() params: TagSuggestionsParams) {
    const events = await this.readModels.collection('catalog-events');
    const items = await suggestTags(events as unknown as ReadCollection<CatalogDocument>, {
      prefix: params.prefix,
      limit: params.limit ?? 10,
    });
    return { items };
  }
}
