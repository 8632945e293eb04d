import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CatalogEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { eventSummary } from '../event-views';
import { ListEventsQuery } from './list-events.query';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ params }: ListEventsQuery) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const filter: Record<string, unknown> = { status: 'published' };
    if (params.category) filter.category = params.category;
    if (params.city) filter['venue.city'] = { $regex: `^${escape(params.city.trim())}$`, $options: 'i' };
    const words = (params.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    if (words.length > 0) {
      filter.$and = words.map((word) => ({
        $or: ['title', 'venue.name', 'venue.city', 'category'].map((field) => ({
          [field]: { $regex: escape(word), $options: 'i' },
        })),
      }));
    }
    const [items, total] = await Promise.all([
      events.find(filter, { sort: { startsAt: 1, _id: 1 }, skip: params.offset ?? 0, limit: params.limit ?? 20 }),
      events.countDocuments(filter),
    ]);
    return { items: items.map(eventSummary), total };
  }
}
