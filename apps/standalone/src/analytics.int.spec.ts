import { TEST_CARDS, TestModePaymentProvider } from '@booking/command-api';
import { BUYER } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f4', roles: ['finance'] };
const analyst: Persona = { userId: '0190b000-0000-7000-8000-0000000000f5', roles: ['analyst'] };
type Figures = { currency: string; sales: number; refunds: number; net: number; orders: number; averageOrder: number };

/**
 * Payment analytics over real sales through the test-mode provider: two organizers' events, a
 * declined card then a paid retry, a cancelled paid booking. Finance sees everything with the
 * decline rate; each organizer only their own events (docs/ledger.md, "Reports").
 */
describe('payment analytics', () => {
  let t: TestApp;
  let mine: string;
  let theirs: string;
  // The app's day starts at today's noon (UTC) and runs on from there: a run that crosses midnight
  // still books and reports on one day ("today" is the clock's, not the wall's).
  const noon = new Date();
  noon.setUTCHours(12, 0, 0, 0);
  const started = Date.now();
  const clock = { now: () => new Date(noon.getTime() + (Date.now() - started)) };
  const today = noon.toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp({
      env: { PAYMENTS_TEST_MODE_WEBHOOKS: 'on', PAYMENTS_TEST_MODE_WEBHOOK_MAX_DELAY_MS: '5' },
      clock,
    });
    const tiers = (amount: number) => ({
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount, currency: 'EUR' } }],
    });
    mine = (await t.publishedEvent(20, people.organizer, tiers(2500))).eventId;
    theirs = (await t.publishedEvent(20, people.otherOrganizer, tiers(4000))).eventId;
    const book = async (eventId: string, quantity: number, cards: string[]) => {
      const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity } });
      const placed = await t.call('POST', '/api/bookings', {
        as: people.attendee,
        body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
      });
      const bookingId = placed.body.bookingId as string;
      for (const cardNumber of cards) {
        await t.call('POST', `/api/bookings/${bookingId}/payments`, { as: people.attendee, body: { cardNumber } });
      }
      return bookingId;
    };
    await book(mine, 2, [TEST_CARDS.insufficientFunds, TEST_CARDS.succeeds]); // 5000 after a decline
    const cancelled = await book(mine, 1, [TEST_CARDS.succeeds]); // 2500, then cancelled: refunded
    await book(theirs, 1, [TEST_CARDS.succeeds]); // 4000
    const cancel = await t.call('POST', `/api/bookings/${cancelled}/cancellation`, {
      as: people.organizer,
      body: { reason: 'Double booked' },
    });
    expect(cancel.status).toBe(200);
    await t.app.get(TestModePaymentProvider, { strict: false }).webhooks.idle();
  });
  afterAll(async () => {
    await t.close();
  });

  const report = async (path: string, as: Persona) => {
    const answer = await t.call('GET', path, { as });
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('gives finance the sales, refunds and declines of every organizer, today included by default', async () => {
    const view = await report('/api/finance/analytics', finance);
    expect(view.to).toBe(today);
    expect(view.byDay).toHaveLength(30);
    expect(view.totals).toEqual([
      { currency: 'EUR', sales: 11500, refunds: 2500, net: 9000, orders: 3, averageOrder: 3833, refundRate: 0.2174 },
    ]);
    expect(view.byDay.at(-1)).toMatchObject({ day: today, sales: 11500, refunds: 2500 });
    expect(view.byEvent.map((e: Figures & { eventId: string }) => [e.eventId, e.net])).toEqual([
      [mine, 5000],
      [theirs, 4000],
    ]);
    expect(view.byOrganizer.map((o: { organizerId: string; net: number }) => [o.organizerId, o.net])).toEqual([
      [people.organizer.userId, 5000],
      [people.otherOrganizer.userId, 4000],
    ]);
    expect(view.byMethod).toEqual([{ method: 'test-mode', currency: 'EUR', amount: 11500, payments: 3 }]);
    expect(view.payments).toMatchObject({ succeeded: 3, failed: 1, declineRate: 0.25 });
    expect(view.payments.reasons).toEqual([{ reason: 'insufficient_funds', count: 1 }]);
    // One organizer's, for finance; analysts read it too.
    const one = await report(`/api/finance/analytics?organizerId=${people.otherOrganizer.userId}`, analyst);
    expect(one.totals[0]).toMatchObject({ sales: 4000, orders: 1 });
    // A range without today has none of it.
    const past = await report('/api/finance/analytics?from=2020-01-01&to=2020-12-31', finance);
    expect(past).toMatchObject({ from: '2020-01-01', to: '2020-12-31', totals: [], byDay: [], byEvent: [] });
  });

  it("shows each organizer only their own events' sales", async () => {
    const own = await report('/api/organizer/analytics', people.organizer);
    expect(own.byEvent.map((e: { eventId: string }) => e.eventId)).toEqual([mine]);
    expect(own.totals[0]).toMatchObject({ sales: 7500, refunds: 2500, net: 5000, orders: 2 });
    expect(own.byOrganizer).toEqual([]);
    expect(own.payments).toBeUndefined();
    const other = await report('/api/organizer/analytics', people.otherOrganizer);
    expect(other.byEvent.map((e: { eventId: string }) => e.eventId)).toEqual([theirs]);
    const admin = await report('/api/organizer/analytics', people.admin);
    expect(admin.byEvent).toHaveLength(2);
  });

  it('refuses a bad range with a problem, and anyone without the role', async () => {
    const refusals: [string, number][] = [
      ['?from=2030-02-30', 400],
      ['?to=tomorrow', 400],
      ['?from=2030-03-02&to=2030-03-01', 422],
      ['?from=2029-01-01&to=2030-12-31', 422],
    ];
    for (const [query, status] of refusals) {
      expectProblem(await t.call('GET', `/api/finance/analytics${query}`, { as: finance }), status);
      expectProblem(await t.call('GET', `/api/organizer/analytics${query}`, { as: people.organizer }), status);
    }
    // Only a first day: the 30 days from it.
    expect(await report('/api/finance/analytics?from=2030-01-01', finance)).toMatchObject({
      from: '2030-01-01',
      to: '2030-01-30',
    });
    expectProblem(await t.call('GET', '/api/finance/analytics?organizerId=nope', { as: finance }), 400);
    for (const who of [people.attendee, people.organizer, people.ops]) {
      expectProblem(await t.call('GET', '/api/finance/analytics', { as: who }), 403);
    }
    for (const who of [people.attendee, finance, analyst]) {
      expectProblem(await t.call('GET', '/api/organizer/analytics', { as: who }), 403);
    }
    expectProblem(await t.call('GET', '/api/finance/analytics'), 401);
  });
});
