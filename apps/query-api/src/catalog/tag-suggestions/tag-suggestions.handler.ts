import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CatalogDocument, suggestTags } from '@booking/catalog-search';
import type { ReadCollection } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { TagSuggestionsQuery } from './tag-suggestions.query';

/** Free tags, suggested from what published events use: most used first, then A–Z. */
@QueryHandler(TagSuggestionsQuery)
export class TagSuggestionsHandler implements IQueryHandler<TagSuggestionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { prefix, limit } }: TagSuggestionsQuery) {
    const events = await this.readModels.collection('catalog-events');
    const items = await suggestTags(events as unknown as ReadCollection<CatalogDocument>, { prefix, limit });
    return { items };
  }
}
