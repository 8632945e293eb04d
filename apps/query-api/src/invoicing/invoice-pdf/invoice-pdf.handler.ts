import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { InvoiceDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { renderInvoicePdf } from '../invoice-pdf';
import { readable } from '../invoices';
import { type InvoicePdf, InvoicePdfQuery } from './invoice-pdf.query';

/** The PDF, rendered from the issued event's copy: the same bytes every time (docs/invoices.md). */
@QueryHandler(InvoicePdfQuery)
export class InvoicePdfHandler implements IQueryHandler<InvoicePdfQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { invoiceId, viewer } }: InvoicePdfQuery): Promise<InvoicePdf> {
    const id = invoiceId.toLowerCase();
    const doc = readable(viewer, await this.readModels.findById<InvoiceDoc>('invoices', id), invoiceId);
    return { pdf: await renderInvoicePdf(doc), filename: `${doc.kind}-${doc.number}.pdf` };
  }
}
