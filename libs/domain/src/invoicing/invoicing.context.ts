import { boundedContext, streamModel } from '../kernel';
import { invoiceDocumentsDecider, invoiceSeriesDecider, invoiceSettingsDecider } from './invoicing.decider';
import { invoicingSchema } from './invoicing.events';
import { INVOICE_DOCS_CATEGORY, INVOICE_SERIES_CATEGORY, INVOICE_SETTINGS_CATEGORY } from './invoicing.streams';

/** An organizer's invoice settings: `invoice_settings-{organizerId}`. */
export const invoiceSettingsModel = streamModel(INVOICE_SETTINGS_CATEGORY, invoiceSettingsDecider, invoicingSchema, {
  InvoiceSettingsSet: 1,
});
/** A numbering series (organizer, year): `invoice_series-{organizerId}-{year}`. */
export const invoiceSeriesModel = streamModel(INVOICE_SERIES_CATEGORY, invoiceSeriesDecider, invoicingSchema, {
  InvoiceNumberAssigned: 1,
});
/** A booking's invoice and credit notes: `invoice_docs-{bookingId}`. */
export const invoiceDocumentsModel = streamModel(INVOICE_DOCS_CATEGORY, invoiceDocumentsDecider, invoicingSchema, {
  InvoiceNumberRequested: 1,
  InvoiceIssued: 1,
});

export const invoicingContext = boundedContext('invoicing', [
  invoiceSettingsModel,
  invoiceSeriesModel,
  invoiceDocumentsModel,
]);
