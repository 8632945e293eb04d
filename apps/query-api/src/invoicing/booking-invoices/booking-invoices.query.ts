import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { InvoiceListView } from '../invoices.views';

export class BookingInvoicesQuery extends Query<InvoiceListView> {
  /** `viewer`: the buyer, the event's organizer, finance and admins; anyone else gets 404. */
  constructor(readonly args: Readonly<{ bookingId: string; viewer: Actor }>) {
    super();
  }
}
