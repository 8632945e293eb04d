import { type DomainEvent, type Money, type PersonalDataDeclaration, eventSchema } from '../kernel';

/** The address a buyer asked their invoice to name (checkout's `invoiceAddress`): personal data. */
export type InvoiceAddress = Readonly<{
  name: string;
  company?: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  vatId?: string;
}>;

/** What an invoice prints of the seller: the organizer's invoice settings when it was issued. */
export type InvoiceSeller = Readonly<{ organizerId: string; name: string; address: string; taxId?: string }>;

/** Who bought: the booking's buyer, and the address they gave (if any). Personal data of `buyerId`. */
export type InvoiceBuyer = Readonly<{ name: string; email: string; address?: InvoiceAddress }>;

/**
 * One ticket on an invoice. `gross` is what was paid for it (negative on a credit note);
 * `net + tax = gross` exactly, and the nets of one rate add up to that rate's rounded net total.
 * `taxRate` in basis points (1900 = 19 %).
 */
export type InvoiceLine = Readonly<{
  ticketId: string;
  description: string;
  tierId: string;
  taxRate: number;
  net: Money;
  tax: Money;
  gross: Money;
}>;

export type InvoiceTotals = Readonly<{ net: Money; tax: Money; gross: Money }>;

/** A tax rate for one price tier id (tier ids are the organizer's own, e.g. `vip`). */
export type TierTaxRate = Readonly<{ tierId: string; taxRate: number }>;

/** The organizer's invoice settings; each invoice copies what it needs when issued, so a change never edits one. */
export type InvoiceSettingsSet = DomainEvent<
  'InvoiceSettingsSet',
  {
    organizerId: string;
    sellerName: string;
    sellerAddress: string;
    taxId?: string;
    /** Printed before the year and number: `ORG` → `ORG-2026-000123`. */
    numberPrefix: string;
    defaultTaxRate: number;
    tierTaxRates: TierTaxRate[];
    setBy: string;
  }
>;

/**
 * The next number of a series (one organizer, one year) went to `documentId`: appended to the
 * series stream at its exact revision, so numbers run 1, 2, 3… without a gap or a repeat.
 */
export type InvoiceNumberAssigned = DomainEvent<
  'InvoiceNumberAssigned',
  { series: string; sequence: number; number: string; documentId: string; bookingId: string }
>;

/**
 * A document of this booking is to be numbered: the first step of issuing it. It fixes, from the
 * decision's time, the series (organizer and year) that numbers it and the date it bears, so a
 * retry (a restart, the projector after the inline run, a replay) asks the same series again.
 */
export type InvoiceNumberRequested = DomainEvent<
  'InvoiceNumberRequested',
  { documentId: string; bookingId: string; organizerId: string; series: string; year: number; issuedAt: string }
>;

/**
 * An invoice or a credit note, issued once and never changed (a correction is a credit note).
 * A credit note (`kind: 'credit-note'`, pretix's `is_cancellation`) `refers` to the invoice it
 * corrects and carries negative amounts.
 */
export type InvoiceIssued = DomainEvent<
  'InvoiceIssued',
  {
    documentId: string;
    kind: 'invoice' | 'credit-note';
    number: string;
    series: string;
    sequence: number;
    bookingId: string;
    eventId: string;
    eventTitle: string;
    buyerId: string;
    issuedAt: string;
    seller: InvoiceSeller;
    buyer: InvoiceBuyer;
    lines: InvoiceLine[];
    totals: InvoiceTotals;
    refers?: { documentId: string; number: string };
    reason?: string;
  }
>;

export type InvoiceSettingsEvent = InvoiceSettingsSet;
export type InvoiceSeriesEvent = InvoiceNumberAssigned;
export type InvoiceDocumentEvent = InvoiceNumberRequested | InvoiceIssued;
export type InvoicingEvent = InvoiceSettingsEvent | InvoiceSeriesEvent | InvoiceDocumentEvent;

/** The buyer block (name, e-mail, invoice address) is the buyer's personal data (docs/personal-data.md). */
export const invoicingPersonalData: PersonalDataDeclaration<InvoicingEvent> = {
  InvoiceIssued: { subject: 'buyerId', fields: ['buyer'] },
};

export const invoicingSchema = eventSchema<InvoicingEvent>(
  { InvoiceSettingsSet: 1, InvoiceNumberAssigned: 1, InvoiceNumberRequested: 1, InvoiceIssued: 1 },
  { personal: invoicingPersonalData },
);
