import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { defaultInvoicePrefix } from '@booking/domain';
import type { InvoiceSettingsDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import type { InvoiceSettingsView } from '../invoices.views';
import { InvoiceSettingsQuery } from './invoice-settings.query';

@QueryHandler(InvoiceSettingsQuery)
export class InvoiceSettingsHandler implements IQueryHandler<InvoiceSettingsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { viewer } }: InvoiceSettingsQuery): Promise<InvoiceSettingsView> {
    const doc = await this.readModels.findById<InvoiceSettingsDoc>('invoice-settings', viewer.userId);
    if (!doc)
      return {
        configured: false,
        sellerName: '',
        sellerAddress: '',
        numberPrefix: defaultInvoicePrefix(viewer.userId),
        defaultTaxRate: 0,
        tierTaxRates: [],
      };
    return {
      configured: true,
      sellerName: doc.sellerName,
      sellerAddress: doc.sellerAddress,
      ...(doc.taxId ? { taxId: doc.taxId } : {}),
      numberPrefix: doc.numberPrefix || defaultInvoicePrefix(viewer.userId),
      defaultTaxRate: doc.defaultTaxRate,
      tierTaxRates: doc.tierTaxRates,
    };
  }
}
