import { Query } from '@nestjs/cqrs';
import type { CatalogSearchResult } from '@booking/catalog-search';
import type { eventSummary } from '../event-views';
import type { ListEventsRequest } from './list-events.request';

export type EventList = {
  items: ReturnType<typeof eventSummary>[];
  total: number;
  facets?: CatalogSearchResult['facets'];
};

export class ListEventsQuery extends Query<EventList> {
  /** `minPosition`: the position the request named (X-Min-Position or ?minPosition=): the answer must include it. */
  constructor(readonly args: Readonly<{ criteria: Omit<ListEventsRequest, 'minPosition'>; minPosition?: string }>) {
    super();
  }
}
