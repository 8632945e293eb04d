import { TEST_CARDS } from '@booking/command-api';
import { BUYER, FREE, tier } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp, suiteDataDir } from './testing/test-app';

const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f1', roles: ['finance'] };
const buyerNo = (n: number): Persona => ({
  userId: `0190c000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  roles: ['attendee'],
});
const ADDRESS = {
  name: 'Ada Lovelace',
  company: 'Engines Ltd',
  street: '12 St James Sq',
  postalCode: 'SW1Y 4JH',
  city: 'London',
  country: 'GB',
};
const SETTINGS = {
  sellerName: 'Harbour Concerts GmbH',
  sellerAddress: 'Hafenstr. 1, 20457 Hamburg',
  taxId: 'DE123456789',
  numberPrefix: 'HARB',
  defaultTaxRate: 1900,
  tierTaxRates: [{ tierId: 'kids', taxRate: 700 }],
};

type Invoice = { invoiceId: string; kind: string; number: string; sequence: number; bookingId: string; series: string };

describe('invoices: issued per paid booking, gapless under concurrency and restarts, credit notes, access', () => {
  const dataDir = suiteDataDir('booking-invoices-');
  let t: TestApp;
  const start = async () => {
    t = await startTestApp({ env: { DATA_DIR: dataDir, AUTH_RATE_LIMIT: '100000' } });
  };
  beforeAll(start);
  afterAll(async () => {
    await t.close();
  });

  /** A standing place held, checked out and paid by `as`: a confirmed paid booking. */
  const paidBooking = async (eventId: string, as: Persona, extra: Record<string, unknown> = {}, tierId?: string) => {
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity: 1 } });
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as,
      body: { eventId, holds: [{ holdId: hold.body.holdId, ...(tierId ? { tierId } : {}) }], buyer: BUYER, ...extra },
    });
    expect(placed.status).toBe(201);
    if (placed.body.status === 'confirmed') return placed.body.bookingId as string;
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body.bookingStatus).toBe('confirmed');
    return placed.body.bookingId as string;
  };

  /** Finance's list, all pages, until it holds `count` documents (the policy runs in the projector). */
  const allInvoices = async (count: number, filter = ''): Promise<Invoice[]> => {
    for (let attempt = 0; attempt < 300; attempt++) {
      const items: Invoice[] = [];
      for (let page = 1; ; page++) {
        const answer = await t.call('GET', `/api/finance/invoices?page=${page}${filter}`, { as: finance });
        expect(answer.status).toBe(200);
        items.push(...answer.body.items);
        if (items.length >= answer.body.total) break;
      }
      if (items.length >= count) return items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`fewer than ${count} invoices`);
  };
  const bookingInvoices = async (bookingId: string, count: number, as: Persona = people.attendee) => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const answer = await t.call('GET', `/api/bookings/${bookingId}/invoices`, { as });
      expect(answer.status).toBe(200);
      if (answer.body.items.length >= count) return answer.body.items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`booking ${bookingId}: fewer than ${count} documents`);
  };
  const expectGapless = (invoices: Invoice[], count: number) => {
    const sequences = invoices.map((i) => i.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(new Set(invoices.map((i) => i.number)).size).toBe(count);
  };

  it('numbers 50 bookings paid in parallel 1..50, and goes on without a gap after a restart', async () => {
    const organizer: Persona = { userId: '0190b000-0000-7000-8000-0000000000a1', roles: ['organizer'] };
    const saved = await t.call('PUT', '/api/organizer/invoice-settings', { as: organizer, body: SETTINGS });
    expect(saved.status).toBe(200);
    const { eventId } = await t.publishedEvent(100, organizer, { priceTiers: [tier('standard', 'Standard', 2500)] });
    const series = `&organizerId=${organizer.userId}`;

    await Promise.all(Array.from({ length: 50 }, (_, n) => paidBooking(eventId, buyerNo(n))));
    const first = await allInvoices(50, series);
    expectGapless(first, 50);
    expect(first[0]!.number).toMatch(/^HARB-\d{4}-0000\d\d$/);

    // Twenty more, and the process stops while the policy is still numbering them.
    await Promise.all(Array.from({ length: 20 }, (_, n) => paidBooking(eventId, buyerNo(100 + n))));
    await t.close(); // the data dir is the suite's: the log outlives the process
    await start();
    const after = await allInvoices(70, series);
    expectGapless(after, 70);
    expect(new Set(after.map((i) => i.bookingId)).size).toBe(70); // one invoice per booking
  }, 180_000);

  it('prints seller, buyer, invoice address and exact lines; the PDF is the same bytes each time', async () => {
    const organizer: Persona = { userId: '0190b000-0000-7000-8000-0000000000a2', roles: ['organizer'] };
    await t.call('PUT', '/api/organizer/invoice-settings', { as: organizer, body: SETTINGS });
    const { eventId } = await t.publishedEvent(10, organizer, {
      priceTiers: [tier('standard', 'Standard', 1000), tier('kids', 'Kids', 1070)],
    });
    const bookingId = await paidBooking(eventId, people.attendee, { invoiceAddress: ADDRESS }, 'kids');
    const [invoice] = await bookingInvoices(bookingId, 1);
    expect(invoice).toMatchObject({
      kind: 'invoice',
      sequence: 1,
      seller: { name: SETTINGS.sellerName, taxId: 'DE123456789', organizerId: organizer.userId },
      buyer: { name: BUYER.name, email: BUYER.email, address: ADDRESS },
      lines: [{ taxRate: 700, net: { amount: 1000 }, tax: { amount: 70 }, gross: { amount: 1070 } }],
      totals: { net: { amount: 1000 }, tax: { amount: 70 }, gross: { amount: 1070, currency: 'EUR' } },
    });

    const pdf = await t.call('GET', invoice.pdfUrl, { as: people.attendee });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    const bytes = async (as: Persona) =>
      Buffer.from(
        await (
          await fetch(t.url + invoice.pdfUrl, { headers: { authorization: `Bearer ${t.token(as)}` } })
        ).arrayBuffer(),
      );
    const once = await bytes(people.attendee);
    expect(once.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await bytes(organizer)).equals(once)).toBe(true); // rendered again: the same bytes
  });

  it('a cancellation gets a credit note for the refund that refers to the invoice; a free booking none unless asked', async () => {
    const organizer: Persona = { userId: '0190b000-0000-7000-8000-0000000000a3', roles: ['organizer'] };
    const { eventId } = await t.publishedEvent(10, organizer, {
      priceTiers: [tier('standard', 'Standard', 3000)],
      refundPolicy: 'any-time',
    });
    const bookingId = await paidBooking(eventId, people.attendee);
    const [invoice] = await bookingInvoices(bookingId, 1);
    expect(invoice).toMatchObject({ kind: 'invoice', totals: { gross: { amount: 3000 } } });

    const cancelled = await t.call('POST', `/api/bookings/${bookingId}/cancellation`, {
      as: people.attendee,
      body: {},
    });
    expect(cancelled.status).toBe(200);
    const [, note] = await bookingInvoices(bookingId, 2);
    expect(note).toMatchObject({
      kind: 'credit-note',
      sequence: 2,
      refers: { invoiceId: invoice.invoiceId, number: invoice.number },
      totals: { gross: { amount: -3000, currency: 'EUR' } },
    });
    expect(note.number.slice(0, -6)).toBe(invoice.number.slice(0, -6)); // the same series

    const { eventId: freeEvent } = await t.publishedEvent(10, organizer, { priceTiers: FREE });
    const free = await paidBooking(freeEvent, people.attendee);
    const asked = await paidBooking(freeEvent, people.attendee, { invoiceAddress: ADDRESS });
    const [freeInvoice] = await bookingInvoices(asked, 1);
    expect(freeInvoice).toMatchObject({ kind: 'invoice', sequence: 3, totals: { gross: { amount: 0 } } });
    expect((await t.call('GET', `/api/bookings/${free}/invoices`, { as: people.attendee })).body.items).toEqual([]);
  });

  it('shows an invoice to its buyer, its seller and finance; 404 to anyone else; the organizer lists their own', async () => {
    const organizer: Persona = { userId: '0190b000-0000-7000-8000-0000000000a4', roles: ['organizer'] };
    const { eventId } = await t.publishedEvent(10, organizer, { priceTiers: [tier('standard', 'Standard', 500)] });
    const bookingId = await paidBooking(eventId, people.attendee);
    const [invoice] = await bookingInvoices(bookingId, 1);

    for (const who of [people.otherAttendee, people.otherOrganizer]) {
      expectProblem(await t.call('GET', `/api/bookings/${bookingId}/invoices`, { as: who }), 404);
      expectProblem(await t.call('GET', invoice.pdfUrl, { as: who }), 404);
    }
    expect((await t.call('GET', `/api/bookings/${bookingId}/invoices`, { as: organizer })).body.items).toHaveLength(1);
    expect((await t.call('GET', invoice.pdfUrl, { as: finance })).status).toBe(200);
    expectProblem(await t.call('GET', `/api/invoices/${bookingId}/pdf`, { as: finance }), 404);

    const mine = await t.call('GET', '/api/organizer/invoices', { as: organizer });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 1, page: 1, items: [{ invoiceId: invoice.invoiceId }] });
    const theirs = await t.call('GET', '/api/organizer/invoices', { as: people.otherOrganizer });
    expect(theirs.body.items.map((i: Invoice) => i.invoiceId)).not.toContain(invoice.invoiceId);
    const bySeries = await t.call('GET', `/api/finance/invoices?series=${invoice.series}`, { as: finance });
    expect(bySeries.body.items.map((i: Invoice) => i.invoiceId)).toEqual([invoice.invoiceId]);
  });

  it('refuses bad settings and a bad invoice address with 4xx, changing nothing', async () => {
    const organizer: Persona = { userId: '0190b000-0000-7000-8000-0000000000a5', roles: ['organizer'] };
    expectProblem(
      await t.call('PUT', '/api/organizer/invoice-settings', {
        as: organizer,
        body: { ...SETTINGS, defaultTaxRate: -1 },
      }),
      400,
    );
    expectProblem(
      await t.call('PUT', '/api/organizer/invoice-settings', { as: organizer, body: { ...SETTINGS, sellerName: ' ' } }),
      422,
    );
    expectProblem(
      await t.call('PUT', '/api/organizer/invoice-settings', { as: organizer, body: { ...SETTINGS, extra: 1 } }),
      400,
    );
    const settings = await t.call('GET', '/api/organizer/invoice-settings', { as: organizer });
    expect(settings.body).toMatchObject({ configured: false, defaultTaxRate: 0 });

    const { eventId } = await t.publishedEvent(10, organizer);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: {
        eventId,
        holds: [{ holdId: hold.body.holdId }],
        buyer: BUYER,
        invoiceAddress: { ...ADDRESS, country: 'uk' },
      },
    });
    expectProblem(placed, 400);
  });
});
