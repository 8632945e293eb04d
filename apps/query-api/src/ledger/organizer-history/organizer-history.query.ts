import { Query } from '@nestjs/cqrs';
import type { OrganizerHistoryView } from '../ledger.views';

export class OrganizerHistoryQuery extends Query<OrganizerHistoryView> {
  /** Every event behind an organizer's money, from the log, in log order, a page after `after` (finance and admins). */
  constructor(readonly args: Readonly<{ organizerId: string; after: bigint; limit: number }>) {
    super();
  }
}
