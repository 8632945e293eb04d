import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Filter } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { invoicesPage } from '../invoices';
import type { InvoicePageView } from '../invoices.views';
import { FinanceInvoicesQuery } from './finance-invoices.query';

@QueryHandler(FinanceInvoicesQuery)
export class FinanceInvoicesHandler implements IQueryHandler<FinanceInvoicesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ args: { page, organizerId, series, year } }: FinanceInvoicesQuery): Promise<InvoicePageView> {
    const filter: Filter = {};
    if (organizerId) filter.organizerId = organizerId.toLowerCase();
    if (series) filter.series = series.toLowerCase();
    else if (year) filter.series = { $regex: `-${year}$` };
    return invoicesPage(this.readModels, filter, page);
  }
}
