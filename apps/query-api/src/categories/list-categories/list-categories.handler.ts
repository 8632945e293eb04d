import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CategoryDoc, categoryList } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ListCategoriesQuery } from './list-categories.query';

/** The managed category list, by label A–Z. */
@QueryHandler(ListCategoriesQuery)
export class ListCategoriesHandler implements IQueryHandler<ListCategoriesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { withRetired } }: ListCategoriesQuery) {
    const docs = await (await this.readModels.collection<CategoryDoc>('categories')).find({}, { limit: 1000 });
    const items = categoryList(docs).filter((c) => withRetired || c.status === 'active');
    return {
      items: items.map(({ slug, label, status, updatedAt }) => ({
        slug,
        label,
        status,
        ...(withRetired && updatedAt ? { updatedAt } : {}),
      })),
    };
  }
}
