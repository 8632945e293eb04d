import { Query } from '@nestjs/cqrs';
import type { AvailabilityView } from '../../catalog/catalog.views';

export class GetAvailabilityQuery extends Query<AvailabilityView> {
  constructor(readonly args: Readonly<{ eventId: string }>) {
    super();
  }
}
