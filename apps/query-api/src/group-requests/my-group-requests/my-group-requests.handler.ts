import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import type { CatalogEventDoc, GroupRequestDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { GROUP_REQUESTS_LIMIT, groupRequestView } from '../group-request-view';
import type { GroupRequestsView } from '../group-requests.views';
import { MyGroupRequestsQuery } from './my-group-requests.query';

@QueryHandler(MyGroupRequestsQuery)
export class MyGroupRequestsHandler implements IQueryHandler<MyGroupRequestsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { requesterId, eventId } }: MyGroupRequestsQuery): Promise<GroupRequestsView> {
    const requests = await this.readModels.collection<GroupRequestDoc>('group-requests');
    const docs = await requests.find(
      { requesterId, ...(eventId ? { eventId: eventId.toLowerCase() } : {}) },
      { sort: { requestedAt: -1, _id: -1 }, limit: GROUP_REQUESTS_LIMIT },
    );
    const ids = [...new Set(docs.map((doc) => doc.eventId))];
    const events = ids.length
      ? await (
          await this.readModels.collection<CatalogEventDoc>('catalog-events')
        ).find({ _id: { $in: ids } }, { projection: { title: 1 } })
      : [];
    const titles = new Map(events.map((event) => [event._id, event.title]));
    const now = this.clock.now();
    return { items: docs.map((doc) => groupRequestView(doc, now, titles.get(doc.eventId) ?? '')) };
  }
}
