import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { OrderStatus } from '@booking/projections';

export type OrdersCsv = Readonly<{ csv: string; filename: string }>;

export class EventOrdersCsvQuery extends Query<OrdersCsv> {
  /** `viewer`: the event's organizer and admins; anyone else gets 404. Every matching order, one row per ticket. */
  constructor(readonly args: Readonly<{ eventId: string; viewer: Actor; status?: OrderStatus; q?: string }>) {
    super();
  }
}
