import type { Decider } from '../kernel';
import type { InvoiceDocumentCommand, InvoiceSeriesCommand, InvoiceSettingsCommand } from './invoicing.commands';
import { decideInvoiceDocuments, decideInvoiceSeries, decideInvoiceSettings } from './invoicing.decide';
import type { InvoiceDocumentEvent, InvoiceSeriesEvent, InvoiceSettingsEvent } from './invoicing.events';
import {
  type InvoiceDocumentsState,
  type InvoiceSeriesState,
  type InvoiceSettingsState,
  evolveInvoiceDocuments,
  evolveInvoiceSeries,
  evolveInvoiceSettings,
  initialInvoiceDocumentsState,
  initialInvoiceSeriesState,
  initialInvoiceSettingsState,
} from './invoicing.state';

export const invoiceSettingsDecider: Decider<InvoiceSettingsState, InvoiceSettingsCommand, InvoiceSettingsEvent> = {
  initialState: initialInvoiceSettingsState,
  decide: decideInvoiceSettings,
  evolve: evolveInvoiceSettings,
};

export const invoiceSeriesDecider: Decider<InvoiceSeriesState, InvoiceSeriesCommand, InvoiceSeriesEvent> = {
  initialState: initialInvoiceSeriesState,
  decide: decideInvoiceSeries,
  evolve: evolveInvoiceSeries,
};

export const invoiceDocumentsDecider: Decider<InvoiceDocumentsState, InvoiceDocumentCommand, InvoiceDocumentEvent> = {
  initialState: initialInvoiceDocumentsState,
  decide: decideInvoiceDocuments,
  evolve: evolveInvoiceDocuments,
};
