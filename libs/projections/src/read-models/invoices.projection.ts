import { type InvoiceBuyer, type InvoiceIssued, invoicingContext } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

/**
 * One issued invoice or credit note, as its event says (nothing is computed here: the PDF is
 * rendered from this copy of the immutable event). An erased buyer reads as `[erased]`.
 */
export type InvoiceDoc = Projected &
  Omit<InvoiceIssued['data'], 'documentId' | 'buyer' | 'refers' | 'reason'> & {
    organizerId: string;
    buyer: InvoiceBuyer | '[erased]';
    refers?: { documentId: string; number: string };
    reason?: string;
  };

export const invoicesProjection = defineProjection<InvoiceDoc>()({
  name: 'invoices',
  version: 1,
  reads: [invoicingContext],
  ignores: ['InvoiceSettingsSet', 'InvoiceNumberAssigned', 'InvoiceNumberRequested'],
  keyOf: (event) => event.data.documentId,
  indexes: [
    { keys: { bookingId: 1, sequence: 1 } },
    { keys: { organizerId: 1, issuedAt: -1 } },
    { keys: { series: 1, sequence: -1 } },
    { keys: { issuedAt: -1 } },
  ],
  on: {
    // Issued once, never changed: a second delivery of the event writes the same document.
    InvoiceIssued: (_doc, { data }) => {
      const { documentId, buyer, refers, reason, ...rest } = data;
      return {
        _id: documentId,
        ...rest,
        organizerId: data.seller.organizerId,
        buyer: typeof buyer === 'object' && buyer !== null ? buyer : '[erased]',
        ...(refers ? { refers } : {}),
        ...(reason ? { reason } : {}),
      };
    },
  },
});

/** An organizer's invoice settings as last set. */
export type InvoiceSettingsDoc = Projected & {
  sellerName: string;
  sellerAddress: string;
  taxId?: string;
  numberPrefix: string;
  defaultTaxRate: number;
  tierTaxRates: { tierId: string; taxRate: number }[];
  updatedAt: string;
};

export const invoiceSettingsProjection = defineProjection<InvoiceSettingsDoc>()({
  name: 'invoice-settings',
  version: 1,
  reads: [invoicingContext],
  ignores: ['InvoiceIssued', 'InvoiceNumberAssigned', 'InvoiceNumberRequested'],
  keyOf: (event) => event.data.organizerId,
  on: {
    InvoiceSettingsSet: (_doc, { data, metadata }) => ({
      _id: data.organizerId,
      sellerName: data.sellerName,
      sellerAddress: data.sellerAddress,
      ...(data.taxId ? { taxId: data.taxId } : {}),
      numberPrefix: data.numberPrefix,
      defaultTaxRate: data.defaultTaxRate,
      tierTaxRates: data.tierTaxRates,
      updatedAt: metadata.occurredAt,
    }),
  },
});
