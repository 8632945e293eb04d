export { BookingInvoices } from './BookingInvoices';
export { InvoiceTable } from './InvoiceTable';
export { invoiceKeys } from './invoices.api';
export { taxRateLabel } from './invoice-labels';
export type { Invoice, InvoiceAddress, InvoicePage } from './invoices.types';
