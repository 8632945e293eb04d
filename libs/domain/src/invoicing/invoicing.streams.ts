export const INVOICE_SETTINGS_CATEGORY = 'invoice_settings';
export const INVOICE_SERIES_CATEGORY = 'invoice_series';
export const INVOICE_DOCS_CATEGORY = 'invoice_docs';

/** One stream per organizer: their invoice settings. */
export const invoiceSettingsStream = (organizerId: string) => `${INVOICE_SETTINGS_CATEGORY}-${organizerId}`;

/** A series: one organizer, one calendar year (UTC). Its stream's id. */
export const invoiceSeriesId = (organizerId: string, year: number) => `${organizerId}-${year}`;

/** One stream per booking: its invoice and credit notes. */
export const invoiceDocsStream = (bookingId: string) => `${INVOICE_DOCS_CATEGORY}-${bookingId}`;

/** `ORG-2026-000123`: prefix, year, the sequence padded to six digits. */
export const invoiceNumber = (prefix: string, year: number, sequence: number) =>
  `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;

/** The default prefix: the organizer id's first six hex digits, upper case. */
export const defaultInvoicePrefix = (organizerId: string) => organizerId.replaceAll('-', '').slice(0, 6).toUpperCase();
