import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CatalogDocument, type CatalogSearchResult, CatalogSearchCache } from '@booking/catalog-search';
import { CLOCK, type Clock, ProblemException, problem } from '@booking/platform';
import type { CatalogEventDoc } from '@booking/projections';
import type { ReadCollection } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { eventSummary } from '../event-views';
import { type EventList, ListEventsQuery } from './list-events.query';

@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery> {
  /** The list made of each cached answer, made once: a repeated answer is the same (read-only) object. */
  private readonly lists = new WeakMap<CatalogSearchResult, EventList>();

  constructor(
    private readonly readModels: ReadModels,
    private readonly cache: CatalogSearchCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { criteria, minPosition } }: ListEventsQuery): Promise<EventList> {
    const { lat, lng, radiusKm } = criteria;
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
        q: criteria.q,
        category: criteria.category,
        tags: criteria.tags,
        from: criteria.from,
        to: criteria.to,
        city: criteria.city,
        near: near === 3 ? { lat: lat!, lng: lng!, radiusKm: radiusKm! } : undefined,
        priceMin: criteria.priceMin,
        priceMax: criteria.priceMax,
        available: criteria.available,
        sort: criteria.sort,
        facets: criteria.facets,
        limit: criteria.limit ?? 20,
        offset: criteria.offset ?? 0,
        visibility: 'public',
      },
      this.clock.now(),
      version,
      minPosition === undefined ? undefined : BigInt(minPosition),
    );
    let list = this.lists.get(result);
    if (list === undefined) {
      list = {
        items: result.items.map((item) => eventSummary(item as unknown as CatalogEventDoc)),
        total: result.total,
        ...(criteria.facets ? { facets: result.facets } : {}),
      };
      this.lists.set(result, list);
    }
    return list;
  }
}
