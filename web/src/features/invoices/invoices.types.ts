import type { Money } from '../../lib/money';

export type InvoiceAddress = {
  name: string;
  company?: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId?: string;
};

export type InvoiceLine = {
  ticketId: string;
  description: string;
  tierId: string;
  /** Basis points: 1900 = 19 %. */
  taxRate: number;
  net: Money;
  tax: Money;
  gross: Money;
};

/** An invoice or credit note, as `GET /api/bookings/{id}/invoices` and the lists answer. */
export type Invoice = {
  invoiceId: string;
  kind: 'invoice' | 'credit-note';
  number: string;
  series: string;
  sequence: number;
  bookingId: string;
  eventId: string;
  eventTitle: string;
  organizerId: string;
  issuedAt: string;
  seller: { organizerId: string; name: string; address: string; taxId?: string };
  buyer: { name: string; email: string; address?: InvoiceAddress };
  lines: InvoiceLine[];
  totals: { net: Money; tax: Money; gross: Money };
  refers?: { invoiceId: string; number: string };
  reason?: string;
  pdfUrl: string;
};

export type InvoicePage = { items: Invoice[]; total: number; page: number; pageSize: number };
