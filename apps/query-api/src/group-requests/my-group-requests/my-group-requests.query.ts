import { Query } from '@nestjs/cqrs';
import type { GroupRequestsView } from '../group-requests.views';

/** The group requests `requesterId` made, newest first. */
export class MyGroupRequestsQuery extends Query<GroupRequestsView> {
  constructor(readonly args: Readonly<{ requesterId: string; eventId?: string }>) {
    super();
  }
}
