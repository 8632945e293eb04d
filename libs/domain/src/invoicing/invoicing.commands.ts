import type { DomainCommand } from '../kernel';
import type { InvoiceIssued, TierTaxRate } from './invoicing.events';

/** The organizer (or an admin for them) sets the seller's details and tax rates printed on future invoices. */
export type SetInvoiceSettings = DomainCommand<
  'SetInvoiceSettings',
  {
    organizerId: string;
    sellerName: string;
    sellerAddress: string;
    taxId?: string;
    numberPrefix?: string;
    defaultTaxRate: number;
    tierTaxRates: TierTaxRate[];
  }
>;

/** Take the series' next number for `documentId` (a no-op answering the same number if it has one). */
export type AssignInvoiceNumber = DomainCommand<
  'AssignInvoiceNumber',
  { series: string; prefix: string; year: number; documentId: string; bookingId: string }
>;

/**
 * Start issuing `documentId`: the series is the organizer's for the decision's year (a no-op,
 * keeping the first series and date, if it was requested before).
 */
export type RequestInvoiceNumber = DomainCommand<
  'RequestInvoiceNumber',
  { documentId: string; bookingId: string; organizerId: string }
>;

/** Issue a numbered document on its booking's stream (a no-op if it was issued). */
export type IssueInvoice = DomainCommand<'IssueInvoice', InvoiceIssued['data']>;

export type InvoiceSettingsCommand = SetInvoiceSettings;
export type InvoiceSeriesCommand = AssignInvoiceNumber;
export type InvoiceDocumentCommand = RequestInvoiceNumber | IssueInvoice;
