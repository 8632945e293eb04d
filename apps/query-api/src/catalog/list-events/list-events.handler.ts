import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CatalogDocument, type CatalogSearchResult, CatalogSearchCache } from '@booking/catalog-search';
import { ProblemException, problem } from '@booking/platform';
import type { CatalogEventDoc } from '@booking/projections';
import type { ReadCollection } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { eventSummary } from '../event-views';
import { ListEventsQuery } from './list-events.query';

export type EventList = {
  items: ReturnType<typeof eventSummary>[];
  total: number;
  facets?: CatalogSearchResult['facets'];
};

@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery> {
  /** The list made of each cached answer, made once: a repeated answer is the same (read-only) object. */
  private readonly lists = new WeakMap<CatalogSearchResult, EventList>();

  constructor(
    private readonly readModels: ReadModels,
    private readonly cache: CatalogSearchCache,
  ) {}

  async execute({ params, now, minPosition }: ListEventsQuery): Promise<EventList> {
    const { lat, lng, radiusKm } = params;
    const near = [lat, lng, radiusKm].filter((v) => v !== undefined).length;
    if (near !== 0 && near !== 3) {
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', 'lat, lng and radiusKm go together', {
          errors: [{ field: 'radiusKm', message: 'lat, lng and radiusKm go together' }],
        }),
      );
    }
    // The version first: the answer then reflects at least that content (see CatalogSearchCache).
    const version = await this.readModels.directory.version('catalog-events');
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const result = await this.cache.search(
      events as unknown as ReadCollection<CatalogDocument>,
      {
        q: params.q,
        category: params.category,
        tags: params.tags,
        from: params.from,
        to: params.to,
        city: params.city,
        near: near === 3 ? { lat: lat!, lng: lng!, radiusKm: radiusKm! } : undefined,
        priceMin: params.priceMin,
        priceMax: params.priceMax,
        available: params.available,
        sort: params.sort,
        facets: params.facets,
        limit: params.limit ?? 20,
        offset: params.offset ?? 0,
        visibility: 'public',
      },
      now,
      version,
      minPosition === undefined ? undefined : BigInt(minPosition),
    );
    let list = this.lists.get(result);
    if (list === undefined) {
      list = {
        items: result.items.map((item) => eventSummary(item as unknown as CatalogEventDoc)),
        total: result.total,
        ...(params.facets ? { facets: result.facets } : {}),
      };
      this.lists.set(result, list);
    }
    return list;
  }
}
