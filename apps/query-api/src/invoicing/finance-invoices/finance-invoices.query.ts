import { Query } from '@nestjs/cqrs';
import type { InvoicePageView } from '../invoices.views';

export class FinanceInvoicesQuery extends Query<InvoicePageView> {
  /** Every invoice (finance and admins), filtered by organizer, series or year. */
  constructor(readonly args: Readonly<{ page: number; organizerId?: string; series?: string; year?: number }>) {
    super();
  }
}
