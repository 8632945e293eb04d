import type {
  InvoiceDocumentEvent,
  InvoiceSeriesEvent,
  InvoiceSettingsEvent,
  InvoiceSettingsSet,
} from './invoicing.events';

export type InvoiceSettings = Omit<InvoiceSettingsSet['data'], 'setBy'>;
export type InvoiceSettingsState = Readonly<{ settings?: InvoiceSettings }>;
export const initialInvoiceSettingsState = (): InvoiceSettingsState => ({});
export function evolveInvoiceSettings(_state: InvoiceSettingsState, event: InvoiceSettingsEvent): InvoiceSettingsState {
  const { setBy: _by, ...settings } = event.data;
  return { settings };
}

/** A series: how many numbers it gave out, and to which documents. */
export type InvoiceSeriesState = Readonly<{
  sequence: number;
  assigned: ReadonlyMap<string, Readonly<{ sequence: number; number: string }>>;
}>;
export const initialInvoiceSeriesState = (): InvoiceSeriesState => ({ sequence: 0, assigned: new Map() });
// evolve adds to the map of the state it is given (see Decider): a series numbers every invoice of
// an organizer's year, and copying the numbers given so far per invoice made the fold quadratic.
export function evolveInvoiceSeries(state: InvoiceSeriesState, event: InvoiceSeriesEvent): InvoiceSeriesState {
  const { documentId, sequence, number } = event.data;
  const assigned = state.assigned as Map<string, { sequence: number; number: string }>;
  assigned.set(documentId, { sequence, number });
  return { sequence, assigned };
}

export type IssuedDocument = Readonly<{
  documentId: string;
  kind: 'invoice' | 'credit-note';
  number: string;
  gross: number;
}>;

/** A booking's documents: its invoice (one at most), and what its credit notes gave back so far. */
export type InvoiceDocumentsState = Readonly<{
  documents: Readonly<Record<string, IssuedDocument>>;
  invoice?: IssuedDocument;
  /** The credit notes' gross, as a positive amount. */
  credited: number;
  /** Documents whose number was asked for: the series and the date they bear. */
  requested: Readonly<Record<string, Readonly<{ series: string; year: number; issuedAt: string }>>>;
  /** The invoice's tax rate per ticket: a credit note credits each ticket at the rate it was charged. */
  rates: Readonly<Record<string, number>>;
}>;
export const initialInvoiceDocumentsState = (): InvoiceDocumentsState => ({
  documents: {},
  requested: {},
  credited: 0,
  rates: {},
});
export function evolveInvoiceDocuments(
  state: InvoiceDocumentsState,
  event: InvoiceDocumentEvent,
): InvoiceDocumentsState {
  if (event.type === 'InvoiceNumberRequested') {
    const { documentId, series, year, issuedAt } = event.data;
    return { ...state, requested: { ...state.requested, [documentId]: { series, year, issuedAt } } };
  }
  const { documentId, kind, number, totals } = event.data;
  const issued: IssuedDocument = { documentId, kind, number, gross: totals.gross.amount };
  return {
    ...state,
    documents: { ...state.documents, [documentId]: issued },
    invoice: kind === 'invoice' ? issued : state.invoice,
    credited: kind === 'credit-note' ? state.credited - totals.gross.amount : state.credited,
    rates:
      kind === 'invoice'
        ? Object.fromEntries(event.data.lines.map((line) => [line.ticketId, line.taxRate]))
        : state.rates,
  };
}
