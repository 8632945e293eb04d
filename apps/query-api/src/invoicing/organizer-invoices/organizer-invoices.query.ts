import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { InvoicePageView } from '../invoices.views';

export class OrganizerInvoicesQuery extends Query<InvoicePageView> {
  /** The invoices the viewer issued as a seller (their events'), newest first. */
  constructor(readonly args: Readonly<{ viewer: Actor; page: number; year?: number }>) {
    super();
  }
}
