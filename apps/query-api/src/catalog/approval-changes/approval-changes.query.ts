import { Query } from '@nestjs/cqrs';
import type { ApprovalChangesView } from '../catalog.views';

export class ApprovalChangesQuery extends Query<ApprovalChangesView> {
  constructor(readonly args: Readonly<{ eventId: string }>) {
    super();
  }
}
