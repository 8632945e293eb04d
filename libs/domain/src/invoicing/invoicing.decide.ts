import { DomainError, assertNever, hasRole } from '../kernel';
import type {
  AssignInvoiceNumber,
  InvoiceDocumentCommand,
  InvoiceSeriesCommand,
  InvoiceSettingsCommand,
  IssueInvoice,
  RequestInvoiceNumber,
  SetInvoiceSettings,
} from './invoicing.commands';
import type { InvoiceDocumentEvent, InvoiceSeriesEvent, InvoiceSettingsEvent } from './invoicing.events';
import type { InvoiceDocumentsState, InvoiceSeriesState, InvoiceSettingsState } from './invoicing.state';
import { invoiceNumber, invoiceSeriesId } from './invoicing.streams';
import { MAX_TAX_RATE } from './invoicing.tax';

export const MAX_TIER_TAX_RATES = 50;
export const INVOICE_PREFIX_PATTERN = /^[A-Z0-9]{1,12}$/;

export function decideInvoiceSettings(
  command: InvoiceSettingsCommand,
  _state: InvoiceSettingsState,
): InvoiceSettingsEvent[] {
  switch (command.type) {
    case 'SetInvoiceSettings':
      return setSettings(command);
    default:
      return assertNever(command.type);
  }
}

function setSettings({ data, metadata }: SetInvoiceSettings): InvoiceSettingsEvent[] {
  const { actor } = metadata;
  if (actor.userId !== data.organizerId && !hasRole(actor, 'admin'))
    throw DomainError.forbidden('invoicing.not-your-settings', 'Only the organizer sets their invoice settings');
  const sellerName = data.sellerName.trim();
  const sellerAddress = data.sellerAddress.trim();
  if (sellerName === '' || sellerAddress === '')
    throw DomainError.validation('invoicing.bad-seller', 'The seller needs a name and an address');
  const prefix = (data.numberPrefix ?? '').trim().toUpperCase();
  if (prefix !== '' && !INVOICE_PREFIX_PATTERN.test(prefix))
    throw DomainError.validation('invoicing.bad-prefix', 'The number prefix is 1 to 12 letters A-Z or digits');
  const rates = [data.defaultTaxRate, ...data.tierTaxRates.map((t) => t.taxRate)];
  if (rates.some((rate) => !Number.isInteger(rate) || rate < 0 || rate > MAX_TAX_RATE))
    throw DomainError.validation('invoicing.bad-tax-rate', 'A tax rate is a whole number of basis points, 0 to 10000');
  const tiers = data.tierTaxRates.map((t) => t.tierId);
  if (new Set(tiers).size !== tiers.length || tiers.length > MAX_TIER_TAX_RATES)
    throw DomainError.validation('invoicing.bad-tier-rates', `At most ${MAX_TIER_TAX_RATES} tiers, each once`);
  const taxId = data.taxId?.trim();
  return [
    {
      type: 'InvoiceSettingsSet',
      data: {
        organizerId: data.organizerId,
        sellerName,
        sellerAddress,
        ...(taxId ? { taxId } : {}),
        numberPrefix: prefix,
        defaultTaxRate: data.defaultTaxRate,
        tierTaxRates: data.tierTaxRates.map(({ tierId, taxRate }) => ({ tierId, taxRate })),
        setBy: actor.userId,
      },
    },
  ];
}

export function decideInvoiceSeries(command: InvoiceSeriesCommand, state: InvoiceSeriesState): InvoiceSeriesEvent[] {
  switch (command.type) {
    case 'AssignInvoiceNumber':
      return assignNumber(command, state);
    default:
      return assertNever(command.type);
  }
}

/** The next number, exactly one above the last: the stream's revision check makes it gapless and unique. */
function assignNumber({ data }: AssignInvoiceNumber, state: InvoiceSeriesState): InvoiceSeriesEvent[] {
  if (state.assigned.has(data.documentId)) return []; // numbered already: the same number stands
  const sequence = state.sequence + 1;
  return [
    {
      type: 'InvoiceNumberAssigned',
      data: {
        series: data.series,
        sequence,
        number: invoiceNumber(data.prefix, data.year, sequence),
        documentId: data.documentId,
        bookingId: data.bookingId,
      },
    },
  ];
}

export function decideInvoiceDocuments(
  command: InvoiceDocumentCommand,
  state: InvoiceDocumentsState,
): InvoiceDocumentEvent[] {
  switch (command.type) {
    case 'RequestInvoiceNumber':
      return requestNumber(command, state);
    case 'IssueInvoice':
      return issue(command, state);
    default:
      return assertNever(command);
  }
}

/** The series and date come from the decision's time, once: asking again keeps them. */
function requestNumber({ data, metadata }: RequestInvoiceNumber, state: InvoiceDocumentsState): InvoiceDocumentEvent[] {
  if (state.requested[data.documentId] || state.documents[data.documentId]) return [];
  const year = metadata.now.getUTCFullYear();
  return [
    {
      type: 'InvoiceNumberRequested',
      data: { ...data, series: invoiceSeriesId(data.organizerId, year), year, issuedAt: metadata.now.toISOString() },
    },
  ];
}

/** Issued once (a repeat is a no-op); one invoice per booking; a credit note gives back at most what its invoice charged. */
function issue({ data }: IssueInvoice, state: InvoiceDocumentsState): InvoiceDocumentEvent[] {
  if (state.documents[data.documentId]) return [];
  const gross = data.totals.gross.amount;
  if (data.kind === 'invoice') {
    if (state.invoice)
      throw DomainError.conflict(
        'invoicing.already-invoiced',
        `Booking ${data.bookingId} has invoice ${state.invoice.number}`,
      );
    if (data.refers || gross < 0)
      throw DomainError.validation('invoicing.bad-invoice', 'An invoice refers to nothing and charges ≥ 0');
  } else {
    const invoice = state.invoice;
    if (!invoice || data.refers?.documentId !== invoice.documentId || data.refers.number !== invoice.number)
      throw DomainError.conflict('invoicing.no-invoice', "A credit note refers to its booking's invoice");
    if (gross > 0 || state.credited - gross > invoice.gross)
      throw DomainError.validation(
        'invoicing.over-credit',
        'A credit note gives back at most what the invoice charged',
      );
  }
  const requested = state.requested[data.documentId];
  if (!requested || requested.series !== data.series || requested.issuedAt !== data.issuedAt)
    throw DomainError.conflict('invoicing.not-requested', 'A document is numbered in the series it was requested in');
  return [{ type: 'InvoiceIssued', data }];
}
