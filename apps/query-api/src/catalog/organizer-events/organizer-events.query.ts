import { Query } from '@nestjs/cqrs';
import type { OrganizerEventsView } from '../catalog.views';

export class OrganizerEventsQuery extends Query<OrganizerEventsView> {
  constructor(readonly args: Readonly<{ organizerId: string }>) {
    super();
  }
}
