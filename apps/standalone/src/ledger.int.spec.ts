import { TEST_CARDS, TestModePaymentProvider } from '@booking/command-api';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { BUYER } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f3', roles: ['finance'] };
type Line = { account: string; debit: number; credit: number };
type Entry = {
  entryId: string;
  eventType: string;
  stream: string;
  position: string;
  occurredAt: string;
  bookingId: string;
  eventId?: string;
  organizerId?: string;
  currency: string;
  lines: Line[];
};
type Account = { account: string; kind: string; currency: string; debit: number; credit: number; balance: number };

/**
 * The finance ledger over real payments and refunds through the test-mode provider (webhooks on,
 * some delivered twice): every entry is balanced and names the event and log position that caused
 * it; the ledger as of a past position or time leaves later money out; what an organizer is owed
 * follows sales and refunds; only finance and admins read it (docs/ledger.md).
 */
describe('the finance ledger', () => {
  let t: TestApp;
  let provider: TestModePaymentProvider;
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        PAYMENTS_TEST_MODE_WEBHOOKS: 'on',
        PAYMENTS_TEST_MODE_WEBHOOK_MAX_DELAY_MS: '20',
        PAYMENTS_TEST_MODE_WEBHOOK_DUPLICATE_RATE: '0.5',
        PAYMENTS_TEST_MODE_WEBHOOK_RETRY_MS: '10',
        PAYMENTS_TEST_MODE_SEED: '11',
      },
    });
    provider = t.app.get(TestModePaymentProvider, { strict: false });
    store = t.app.get(EVENT_STORE, { strict: false });
  });
  afterAll(async () => {
    await t.close();
  });

  const paidBooking = async (cardNumber: string = TEST_CARDS.succeeds, price = 2500, organizer = people.organizer) => {
    const { eventId } = await t.publishedEvent(10, organizer, {
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: price, currency: 'EUR' } }],
    });
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    expect(placed.status).toBe(201);
    const bookingId = placed.body.bookingId as string;
    const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber },
    });
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    await provider.webhooks.idle();
    return { bookingId, eventId };
  };
  const history = async (bookingId: string, cut = ''): Promise<Entry[]> => {
    const answer = await t.call('GET', `/api/finance/ledger/entries?bookingId=${bookingId}${cut}`, { as: finance });
    expect(answer.status).toBe(200);
    return answer.body.items;
  };
  const ledger = async (query = '', as: Persona = finance) => {
    const answer = await t.call('GET', `/api/finance/ledger${query}`, { as });
    expect(answer.status).toBe(200);
    return answer.body as {
      balanced: boolean;
      entries: number;
      lastPosition?: string;
      accounts: Account[];
      organizers: { organizerId: string; currency: string; owed: number }[];
    };
  };
  const balance = (accounts: Account[], account: string) => accounts.find((a) => a.account === account)?.balance ?? 0;

  it('books a sale and its refund, each entry balanced and traced to the event that caused it', async () => {
    const { bookingId, eventId } = await paidBooking();
    const eventAccount = `liabilities:event:${eventId}`;
    const sold = await ledger();
    expect(sold.balanced).toBe(true);
    expect(balance(sold.accounts, eventAccount)).toBe(5000);

    const cancelled = await t.call('POST', `/api/bookings/${bookingId}/cancellation`, {
      as: people.organizer,
      body: { reason: 'Stage flooded' },
    });
    expect(cancelled.status).toBe(200);
    await provider.webhooks.idle();

    const entries = await history(bookingId);
    expect(entries.map((e) => e.eventType)).toEqual([
      'PaymentSucceeded',
      'BookingConfirmed',
      'RefundRequested',
      'RefundSucceeded',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ bookingId, eventId, organizerId: people.organizer.userId, currency: 'EUR' });
      const debits = entry.lines.reduce((sum, line) => sum + line.debit, 0);
      const credits = entry.lines.reduce((sum, line) => sum + line.credit, 0);
      expect(debits).toBe(credits);
      expect(debits).toBe(5000);
      // The entry names the recorded event: same id, type and log position, in the stream it gives.
      const recorded = (await store.readStream(entry.stream)).find((event) => event.id === entry.entryId);
      expect(recorded).toMatchObject({ type: entry.eventType });
      expect(String(recorded?.position)).toBe(entry.position);
    }
    const refunded = await ledger();
    expect(refunded.balanced).toBe(true);
    expect(balance(refunded.accounts, eventAccount)).toBe(0);
    expect(refunded.organizers.find((o) => o.organizerId === people.organizer.userId)).toBeDefined();

    // As of the confirmation: the sale is in, the refund is not.
    const confirmation = entries[1]!;
    const then = await ledger(`?position=${confirmation.position}`);
    expect(then).toMatchObject({ balanced: true, lastPosition: confirmation.position });
    expect(balance(then.accounts, eventAccount)).toBe(5000);
    expect(await history(bookingId, `&position=${confirmation.position}`)).toHaveLength(2);
    // As of a time before the payment: nothing of this booking.
    const before = new Date(Date.parse(entries[0]!.occurredAt) - 1).toISOString();
    expect(await history(bookingId, `&asOf=${encodeURIComponent(before)}`)).toEqual([]);
    expect(await history(bookingId, `&asOf=${encodeURIComponent(entries[3]!.occurredAt)}`)).toHaveLength(4);
  });

  it('books a failed refund as still owed, then out of the bank when finance resolves it by hand', async () => {
    const { bookingId } = await paidBooking(TEST_CARDS.refundFails, 1000);
    const issued = await t.call('POST', '/api/finance/refunds', {
      as: finance,
      body: { bookingId, amount: { amount: 700, currency: 'EUR' }, reason: 'goodwill' },
    });
    expect(issued.status).toBe(201);
    await provider.webhooks.idle();
    const owed = (await history(bookingId)).map((e) => e.eventType);
    expect(owed).toEqual(['PaymentSucceeded', 'BookingConfirmed', 'RefundRequested']);
    const bankBefore = balance((await ledger()).accounts, 'assets:bank');
    const manual = await t.call('POST', `/api/finance/refunds/${issued.body.refundId}/manual`, {
      as: finance,
      body: { note: 'Bank transfer LG-1' },
    });
    expect(manual.status).toBe(200);
    const entries = await history(bookingId);
    expect(entries.at(-1)).toMatchObject({
      eventType: 'RefundResolvedManually',
      lines: [
        { account: 'liabilities:refunds-owed', debit: 700, credit: 0 },
        { account: 'assets:bank', debit: 0, credit: 700 },
      ],
    });
    const after = await ledger();
    expect(after.balanced).toBe(true);
    expect(balance(after.accounts, 'assets:bank')).toBe(bankBefore - 700);
  });

  it('exports the balances and the journal as CSV, with the same cut', async () => {
    const { bookingId } = await paidBooking(TEST_CARDS.succeeds, 1500);
    const accounts = await t.call('GET', '/api/finance/ledger.csv', { as: finance });
    expect(accounts.status).toBe(200);
    expect(accounts.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = accounts.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('account,kind,currency,debit,credit,balance');
    expect(rows.some((row) => row.startsWith('assets:provider:test-mode,asset,EUR,'))).toBe(true);
    const journal = await t.call('GET', `/api/finance/ledger/entries.csv?bookingId=${bookingId}`, { as: finance });
    expect(journal.status).toBe(200);
    const lines = journal.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 2); // header, then two lines for each of two entries
    expect(lines[1]).toContain('PaymentSucceeded');
    expect(lines[1]).toContain(',3000,0'); // two tickets at 15.00, in minor units
  });

  it("shows a booking's money history from the log itself: every event of its streams in log order", async () => {
    const { bookingId } = await paidBooking(TEST_CARDS.succeeds, 2000);
    const issued = await t.call('POST', '/api/finance/refunds', {
      as: finance,
      body: { bookingId, amount: { amount: 500, currency: 'EUR' }, reason: 'goodwill' },
    });
    expect(issued.status).toBe(201);
    await provider.webhooks.idle();
    const answer = await t.call('GET', `/api/finance/history?bookingId=${bookingId}`, { as: finance });
    expect(answer.status).toBe(200);
    const { streams, events } = answer.body as {
      streams: string[];
      events: {
        id: string;
        type: string;
        stream: string;
        position: string;
        actor: string;
        correlationId: string;
        causationId: string;
      }[];
    };
    const paymentId = events.find((e) => e.type === 'PaymentSucceeded')!.stream.replace(/^payment-/, '');
    const { refundId } = issued.body as { refundId: string };
    expect(streams).toEqual(
      expect.arrayContaining([`booking-${bookingId}`, `payment-${paymentId}`, `refund-${refundId}`]),
    );
    // Exactly what the log holds for those streams, merged in log order.
    const logged = (await Promise.all(streams.map((s) => store.readStream(s)))).flat();
    expect(events.map((e) => e.id).sort()).toEqual(logged.map((e) => e.id).sort());
    const positions = events.map((e) => BigInt(e.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'BookingPlaced',
        'PaymentSucceeded',
        'BookingConfirmed',
        'RefundRequested',
        'RefundOpened',
      ]),
    );
    const placed = events.find((e) => e.type === 'BookingPlaced')!;
    expect(placed.actor).toBe(people.attendee.userId);
    expect(events.find((e) => e.type === 'RefundRequested')!.actor).toBe(finance.userId);
    for (const event of events)
      expect(event).toMatchObject({ correlationId: expect.any(String), causationId: expect.any(String) });
    // Named by its payment or its refund, the same history.
    for (const by of [`paymentId=${paymentId}`, `refundId=${refundId}`]) {
      const same = await t.call('GET', `/api/finance/history?${by}`, { as: finance });
      expect(same.status).toBe(200);
      expect(same.body.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
    }
    expectProblem(await t.call('GET', '/api/finance/history', { as: finance }), 400);
    expectProblem(
      await t.call('GET', `/api/finance/history?bookingId=${bookingId}&refundId=${refundId}`, { as: finance }),
      400,
    );
    expectProblem(await t.call('GET', `/api/finance/history?bookingId=${crypto.randomUUID()}`, { as: finance }), 404);
    expectProblem(await t.call('GET', `/api/finance/history?paymentId=${crypto.randomUUID()}`, { as: finance }), 404);
    expectProblem(await t.call('GET', `/api/finance/history?bookingId=${bookingId}`, { as: people.attendee }), 403);
    expectProblem(await t.call('GET', `/api/finance/history?bookingId=${bookingId}`, { as: people.organizer }), 403);
  });

  it("shows an organizer's raw history from the log, a page at a time, and nobody else's", async () => {
    const organizer = people.otherOrganizer;
    const first = await paidBooking(TEST_CARDS.succeeds, 1500, organizer);
    const second = await paidBooking(TEST_CARDS.succeeds, 1700, organizer);
    const someoneElses = await paidBooking(TEST_CARDS.succeeds, 1900, people.organizer);
    const url = `/api/finance/organizers/${organizer.userId}/history`;
    type Page = { streams: string[]; events: { id: string; stream: string; position: string }[]; nextAfter?: string };
    const pages: Page[] = [];
    for (let after = '0'; ;) {
      const answer = await t.call('GET', `${url}?limit=7&after=${after}`, { as: finance });
      expect(answer.status).toBe(200);
      const page = answer.body as Page;
      expect(page.events.length).toBeLessThanOrEqual(7);
      pages.push(page);
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    expect(pages.length).toBeGreaterThan(2);
    const events = pages.flatMap((page) => page.events);
    const positions = events.map((e) => BigInt(e.position));
    expect(positions).toEqual([...new Set(positions)].sort((a, b) => (a < b ? -1 : 1)));
    const { streams } = pages[0]!;
    for (const { bookingId, eventId } of [first, second]) {
      expect(streams).toEqual(expect.arrayContaining([`booking-${bookingId}`, `invoice_docs-${bookingId}`]));
      expect(events.some((e) => e.stream === `booking-${bookingId}`)).toBe(true);
      expect(streams.some((stream) => stream.endsWith(eventId) && !stream.startsWith('booking'))).toBe(true);
    }
    expect(streams.some((stream) => stream.startsWith('invoice_series-'))).toBe(true);
    expect(streams.join(' ')).not.toContain(someoneElses.bookingId);
    expect(streams.join(' ')).not.toContain(someoneElses.eventId);
    // Exactly what the log holds for those streams.
    const logged = (await Promise.all(streams.map((stream) => store.readStream(stream)))).flat();
    expect(events.map((e) => e.id).sort()).toEqual(logged.map((e) => e.id).sort());

    expectProblem(await t.call('GET', `/api/finance/organizers/${crypto.randomUUID()}/history`, { as: finance }), 404);
    expectProblem(await t.call('GET', `${url}?limit=0`, { as: finance }), 400);
    expectProblem(await t.call('GET', `${url}?after=-1`, { as: finance }), 400);
    expectProblem(await t.call('GET', '/api/finance/organizers/not-a-uuid/history', { as: finance }), 400);
    expectProblem(await t.call('GET', url, { as: organizer }), 403);
    expectProblem(await t.call('GET', url, { as: people.attendee }), 403);
    expectProblem(await t.call('GET', url), 401);
    expect((await t.call('GET', url, { as: people.admin })).status).toBe(200);
  });

  it('refuses a malformed cut or booking id with a problem, and lets only finance and admins in', async () => {
    for (const query of [
      '?asOf=yesterday',
      '?position=-1',
      '?position=1e5',
      '/entries?bookingId=nope',
      '/entries?page=0',
    ]) {
      const answer = await t.call('GET', `/api/finance/ledger${query}`, { as: finance });
      expectProblem(answer, 400);
    }
    expect((await t.call('GET', '/api/finance/ledger', { as: people.admin })).status).toBe(200);
    for (const who of [people.attendee, people.organizer, people.ops]) {
      expectProblem(await t.call('GET', '/api/finance/ledger', { as: who }), 403);
      expectProblem(await t.call('GET', '/api/finance/ledger/entries', { as: who }), 403);
    }
    expectProblem(await t.call('GET', '/api/finance/ledger'), 401);
  });
});
