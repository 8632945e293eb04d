import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { invoiceSeriesId } from '@booking/domain';
import { ReadModels } from '../../http/read-models';
import { invoicesPage } from '../invoices';
import type { InvoicePageView } from '../invoices.views';
import { OrganizerInvoicesQuery } from './organizer-invoices.query';

@QueryHandler(OrganizerInvoicesQuery)
export class OrganizerInvoicesHandler implements IQueryHandler<OrganizerInvoicesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ args: { viewer, page, year } }: OrganizerInvoicesQuery): Promise<InvoicePageView> {
    const filter = year ? { series: invoiceSeriesId(viewer.userId, year) } : { organizerId: viewer.userId };
    return invoicesPage(this.readModels, filter, page);
  }
}
