import { type Actor, type Money, scenario } from '../kernel';
import type { AssignInvoiceNumber, IssueInvoice, RequestInvoiceNumber, SetInvoiceSettings } from './invoicing.commands';
import { invoiceDocumentsDecider, invoiceSeriesDecider, invoiceSettingsDecider } from './invoicing.decider';
import type { InvoiceIssued, InvoiceNumberAssigned, InvoiceNumberRequested } from './invoicing.events';
import { invoiceLines } from './invoicing.tax';

const now = new Date('2026-03-01T10:00:00Z');
const system: Actor = { userId: 'system:issue-invoices', roles: [] };
const olga: Actor = { userId: 'olga', roles: ['organizer'] };
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

const assign = (documentId: string): AssignInvoiceNumber => ({
  type: 'AssignInvoiceNumber',
  data: { series: 'olga-2026', prefix: 'OLGA', year: 2026, documentId, bookingId: 'b1' },
  metadata: { now, actor: system },
});
const assigned = (documentId: string, sequence: number): InvoiceNumberAssigned => ({
  type: 'InvoiceNumberAssigned',
  data: {
    series: 'olga-2026',
    sequence,
    number: `OLGA-2026-${String(sequence).padStart(6, '0')}`,
    documentId,
    bookingId: 'b1',
  },
});

describe('invoice series: gapless numbers', () => {
  const given = scenario(invoiceSeriesDecider).given;

  it('gives the first document number 1, and each next one the number after the last', () => {
    given([])
      .when(assign('d1'))
      .then([assigned('d1', 1)]);
    given([assigned('d1', 1), assigned('d2', 2)])
      .when(assign('d3'))
      .then([assigned('d3', 3)]);
  });

  it('never numbers a document twice: asking again is a no-op', () => {
    given([assigned('d1', 1), assigned('d2', 2)])
      .when(assign('d1'))
      .then([]);
  });
});

const invoice = (overrides: Partial<InvoiceIssued['data']> = {}): InvoiceIssued => {
  const { lines, totals } = invoiceLines(
    [
      { ticketId: 't1', description: 'Standard', tierId: 'standard', gross: 3000, taxRate: 1900 },
      { ticketId: 't2', description: 'Standard', tierId: 'standard', gross: 3000, taxRate: 1900 },
    ],
    'EUR',
  );
  return {
    type: 'InvoiceIssued',
    data: {
      documentId: 'inv',
      kind: 'invoice',
      number: 'OLGA-2026-000001',
      series: 'olga-2026',
      sequence: 1,
      bookingId: 'b1',
      eventId: 'e1',
      eventTitle: 'Night',
      buyerId: 'alice',
      issuedAt: now.toISOString(),
      seller: { organizerId: 'olga', name: 'Olga Events', address: 'Main St 1' },
      buyer: { name: 'Alice', email: 'alice@example.com' },
      lines,
      totals,
      ...overrides,
    },
  };
};
const credit = (documentId: string, gross: number, refers = { documentId: 'inv', number: 'OLGA-2026-000001' }) => {
  const { lines, totals } = invoiceLines(
    [{ ticketId: 't1', description: 'Standard', tierId: 'standard', gross, taxRate: 1900 }],
    'EUR',
    -1,
  );
  return invoice({ documentId, kind: 'credit-note', number: 'OLGA-2026-000002', sequence: 2, refers, lines, totals });
};
const requested = (documentId: string): InvoiceNumberRequested => ({
  type: 'InvoiceNumberRequested',
  data: {
    documentId,
    bookingId: 'b1',
    organizerId: 'olga',
    series: 'olga-2026',
    year: 2026,
    issuedAt: now.toISOString(),
  },
});
const issue = (event: InvoiceIssued): IssueInvoice => ({
  type: 'IssueInvoice',
  data: event.data,
  metadata: { now, actor: system },
});

describe("a booking's documents: issued once, credit notes refer to the invoice", () => {
  const given = (events: (InvoiceIssued | InvoiceNumberRequested)[]) =>
    scenario(invoiceDocumentsDecider).given([...['inv', 'cn1', 'cn2', 'cn3'].map(requested), ...events]);

  it("fixes the series and date of a document from the decision's time, once", () => {
    const request = (at: Date): RequestInvoiceNumber => ({
      type: 'RequestInvoiceNumber',
      data: { documentId: 'doc', bookingId: 'b1', organizerId: 'olga' },
      metadata: { now: at, actor: system },
    });
    const first: InvoiceNumberRequested = {
      type: 'InvoiceNumberRequested',
      data: {
        documentId: 'doc',
        bookingId: 'b1',
        organizerId: 'olga',
        series: 'olga-2026',
        year: 2026,
        issuedAt: now.toISOString(),
      },
    };
    scenario(invoiceDocumentsDecider).given([]).when(request(now)).then([first]);
    // A retry in the new year (a restart across midnight) keeps the first series: no number is lost.
    scenario(invoiceDocumentsDecider)
      .given([first])
      .when(request(new Date('2027-01-01T00:00:01Z')))
      .then([]);
  });

  it('refuses to issue a document in a series it was not requested in', () => {
    scenario(invoiceDocumentsDecider).given([]).when(issue(invoice())).thenFails('invoicing.not-requested');
    given([])
      .when(issue(invoice({ series: 'olga-2027' })))
      .thenFails('invoicing.not-requested');
  });

  it('issues the invoice once; issuing it again changes nothing', () => {
    given([]).when(issue(invoice())).then([invoice()]);
    given([invoice()]).when(issue(invoice())).then([]);
  });

  it('refuses a second invoice for the booking (a correction is a credit note)', () => {
    given([invoice()])
      .when(issue(invoice({ documentId: 'inv2', number: 'OLGA-2026-000009' })))
      .thenFails('invoicing.already-invoiced');
  });

  it('issues a credit note that refers to the invoice, with negative amounts', () => {
    const note = credit('cn1', 1500);
    expect(note.data.totals.gross).toEqual(eur(-1500));
    expect(note.data.refers).toEqual({ documentId: 'inv', number: 'OLGA-2026-000001' });
    given([invoice()]).when(issue(note)).then([note]);
  });

  it('refuses a credit note without its invoice, or naming another one', () => {
    given([])
      .when(issue(credit('cn1', 1000)))
      .thenFails('invoicing.no-invoice');
    given([invoice()])
      .when(issue(credit('cn1', 1000, { documentId: 'inv', number: 'OTHER-1' })))
      .thenFails('invoicing.no-invoice');
  });

  it('never credits more than the invoice charged, across credit notes', () => {
    given([invoice(), credit('cn1', 3000)])
      .when(issue(credit('cn2', 3000)))
      .then([credit('cn2', 3000)]);
    given([invoice(), credit('cn1', 3000), credit('cn2', 3000)])
      .when(issue(credit('cn3', 1)))
      .thenFails('invoicing.over-credit');
  });
});

describe('invoice settings', () => {
  const given = scenario(invoiceSettingsDecider).given;
  const set = (actor: Actor, data: Partial<SetInvoiceSettings['data']> = {}): SetInvoiceSettings => ({
    type: 'SetInvoiceSettings',
    data: {
      organizerId: 'olga',
      sellerName: ' Olga Events ',
      sellerAddress: 'Main St 1',
      numberPrefix: 'olga',
      defaultTaxRate: 1900,
      tierTaxRates: [{ tierId: 'kids', taxRate: 700 }],
      ...data,
    },
    metadata: { now, actor },
  });

  it('records the seller, the prefix in capitals and the rates', () => {
    given([])
      .when(set(olga))
      .then([
        {
          type: 'InvoiceSettingsSet',
          data: {
            organizerId: 'olga',
            sellerName: 'Olga Events',
            sellerAddress: 'Main St 1',
            numberPrefix: 'OLGA',
            defaultTaxRate: 1900,
            tierTaxRates: [{ tierId: 'kids', taxRate: 700 }],
            setBy: 'olga',
          },
        },
      ]);
  });

  it('refuses another organizer, a blank seller, a bad rate and a tier twice', () => {
    given([])
      .when(set({ userId: 'oscar', roles: ['organizer'] }))
      .thenFails('invoicing.not-your-settings');
    given([])
      .when(set(olga, { sellerName: ' ' }))
      .thenFails('invoicing.bad-seller');
    given([])
      .when(set(olga, { defaultTaxRate: 10_001 }))
      .thenFails('invoicing.bad-tax-rate');
    given([])
      .when(set(olga, { defaultTaxRate: 19.5 }))
      .thenFails('invoicing.bad-tax-rate');
    given([])
      .when(
        set(olga, {
          tierTaxRates: [
            { tierId: 'a', taxRate: 1 },
            { tierId: 'a', taxRate: 2 },
          ],
        }),
      )
      .thenFails('invoicing.bad-tier-rates');
  });
});
