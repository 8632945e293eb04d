import type { RecordedEvent } from '@booking/event-store';
import {
  type InvoiceDoc,
  type InvoiceSettingsDoc,
  invoiceSettingsProjection,
  invoicesProjection,
} from './invoices.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    data,
    metadata: { occurredAt: '2030-01-01T00:00:00.000Z' },
    stream: 'invoice_docs-b1',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const issued = (buyer: unknown = { name: 'Alice', email: 'alice@example.com' }) =>
  recorded('InvoiceIssued', {
    documentId: 'inv',
    kind: 'invoice',
    number: 'OLGA-2030-000001',
    series: 'olga-2030',
    sequence: 1,
    bookingId: 'b1',
    eventId: 'e1',
    eventTitle: 'Night',
    buyerId: 'alice',
    issuedAt: '2030-01-01T00:00:00.000Z',
    seller: { organizerId: 'olga', name: 'Olga Events', address: 'Main St 1' },
    buyer,
    lines: [
      {
        ticketId: 't1',
        description: 'Standard',
        tierId: 'standard',
        taxRate: 1900,
        net: eur(840),
        tax: eur(160),
        gross: eur(1000),
      },
    ],
    totals: { net: eur(840), tax: eur(160), gross: eur(1000) },
  });

function project(events: RecordedEvent[], docs = new Map<string, InvoiceDoc>()): Map<string, InvoiceDoc> {
  for (const event of events) {
    const key = invoicesProjection.keyOf(event)!;
    const next = invoicesProjection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as InvoiceDoc);
  }
  return docs;
}

describe('invoices read model', () => {
  it('keeps the issued document as its event says, found by booking, organizer and series', () => {
    expect(project([issued()]).get('inv')).toMatchObject({
      _id: 'inv',
      kind: 'invoice',
      number: 'OLGA-2030-000001',
      organizerId: 'olga',
      bookingId: 'b1',
      series: 'olga-2030',
      buyerId: 'alice',
      buyer: { name: 'Alice', email: 'alice@example.com' },
      totals: { gross: eur(1000) },
    });
  });

  it('is idempotent when run twice', () => {
    const event = issued();
    const once = project([event]);
    const twice = project([event], new Map(once));
    expect(twice).toEqual(once);
  });

  it('shows an erased buyer as [erased] and keeps the amounts', () => {
    expect(project([issued('[erased]')]).get('inv')).toMatchObject({ buyer: '[erased]', totals: { gross: eur(1000) } });
  });

  it('keeps the settings as last set', () => {
    const set = (sellerName: string) =>
      recorded('InvoiceSettingsSet', {
        organizerId: 'olga',
        sellerName,
        sellerAddress: 'Main St 1',
        numberPrefix: 'OLGA',
        defaultTaxRate: 1900,
        tierTaxRates: [],
        setBy: 'olga',
      });
    let doc: Omit<InvoiceSettingsDoc, '_position'> | null = null;
    for (const event of [set('Olga'), set('Olga Events')])
      doc = invoiceSettingsProjection.evolve(doc as InvoiceSettingsDoc | null, event);
    expect(doc).toMatchObject({ _id: 'olga', sellerName: 'Olga Events', defaultTaxRate: 1900 });
  });
});
