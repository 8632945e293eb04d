import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';

export type TicketsPdf = Readonly<{ pdf: Buffer; filename: string }>;

export class TicketsPdfQuery extends Query<TicketsPdf> {
  /** `viewer`: the buyer and admins; anyone else gets 404. Only a confirmed booking has tickets (409). */
  constructor(readonly args: Readonly<{ bookingId: string; viewer: Actor }>) {
    super();
  }
}
