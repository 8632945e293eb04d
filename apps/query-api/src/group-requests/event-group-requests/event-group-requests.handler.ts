import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import type { AccountDoc, GroupRequestDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { managedEvent } from '../../booking/event-orders';
import { GROUP_REQUESTS_LIMIT, groupRequestView } from '../group-request-view';
import type { GroupRequestsView } from '../group-requests.views';
import { EventGroupRequestsQuery } from './event-group-requests.query';

/** Another organizer gets the same 404 as for an unknown event (as the event's orders answer). */
@QueryHandler(EventGroupRequestsQuery)
export class EventGroupRequestsHandler implements IQueryHandler<EventGroupRequestsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { eventId, viewer } }: EventGroupRequestsQuery): Promise<GroupRequestsView> {
    const event = await managedEvent(this.readModels, eventId, viewer);
    const requests = await this.readModels.collection<GroupRequestDoc>('group-requests');
    const docs = await requests.find(
      { eventId: event._id },
      { sort: { requestedAt: -1, _id: -1 }, limit: GROUP_REQUESTS_LIMIT },
    );
    const ids = [...new Set(docs.map((doc) => doc.requesterId))];
    const accounts = ids.length
      ? await (
          await this.readModels.collection<AccountDoc>('accounts')
        ).find({ _id: { $in: ids } }, { projection: { displayName: 1, email: 1 } })
      : [];
    const byId = new Map(accounts.map((account) => [account._id, account]));
    const now = this.clock.now();
    return { items: docs.map((doc) => groupRequestView(doc, now, event.title, byId.get(doc.requesterId))) };
  }
}
