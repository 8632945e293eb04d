import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { DoorAttendeesView } from '../checkin.views';

export class DoorAttendeesQuery extends Query<DoorAttendeesView> {
  /** `q`: a name or booking number; empty lists the first tickets. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor; q?: string }>) {
    super();
  }
}
