import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { SeatsView } from '../inventory.views';

export class GetSeatsQuery extends Query<SeatsView> {
  /** `viewer`: drafts are shown to their organizer and admins only. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor | undefined }>) {
    super();
  }
}
