import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { SeatingPlanView } from '../catalog.views';

/** The plan, and the event's stream revision: the controller hands it out as the ETag a PUT sends back. */
export type SeatingPlanAnswer = { plan: SeatingPlanView; revision?: number };

export class GetSeatingPlanQuery extends Query<SeatingPlanAnswer> {
  /** `viewer`: drafts are shown to their organizer and admins only. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor | undefined }>) {
    super();
  }
}
