import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { GroupRequestsView } from '../group-requests.views';

/** An event's group requests, newest first, for its organizer or an admin. */
export class EventGroupRequestsQuery extends Query<GroupRequestsView> {
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor }>) {
    super();
  }
}
