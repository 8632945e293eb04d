import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { EventDetailView } from '../catalog.views';

export class GetEventQuery extends Query<EventDetailView> {
  /** `viewer`: drafts are shown to their organizer and admins only. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor | undefined }>) {
    super();
  }
}
