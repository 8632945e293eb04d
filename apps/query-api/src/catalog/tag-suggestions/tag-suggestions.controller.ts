import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadsProjections } from '../../http/reads-projections';
import { TagSuggestionsView } from '../catalog.views';
import { TagSuggestionsQuery } from './tag-suggestions.query';
import { TagSuggestionsRequest } from './tag-suggestions.request';

/** Free tags, suggested from what published events use (the organizer form offers them as one types). */
@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api/tags')
export class TagSuggestionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: TagSuggestionsView, description: 'Most used first, then A–Z' })
  suggest(@Query() request: TagSuggestionsRequest) {
    return this.queries.execute(new TagSuggestionsQuery({ prefix: request.prefix, limit: request.limit ?? 10 }));
  }
}
