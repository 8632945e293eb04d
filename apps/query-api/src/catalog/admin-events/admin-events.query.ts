import { Query } from '@nestjs/cqrs';
import type { AdminEventsView } from '../catalog.views';

export class AdminEventsQuery extends Query<AdminEventsView> {
  constructor(readonly args: Readonly<{ status: string }>) {
    super();
  }
}
