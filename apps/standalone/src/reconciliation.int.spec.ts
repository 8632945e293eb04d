import { randomUUID } from 'node:crypto';
import { TEST_CARDS, TestModePaymentProvider } from '@booking/command-api';
import { money } from '@booking/domain';
import { BUYER } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f4', roles: ['finance'] };
type Discrepancy = {
  kind: string;
  reason: string;
  bookingId?: string;
  provider?: { id: string };
  ledger?: { ourId: string };
};

/**
 * Finance reconciles the ledger with the provider's own records (docs/ledger.md, "Reconciliation"):
 * the statement is fetched and recorded on the log, then compared with the journal. Webhooks are
 * off here (startTestApp's default), so money moved at the provider behind the platform's back —
 * as in its dashboard — reaches the provider's records and not the ledger.
 */
describe('reconciling the ledger with the provider', () => {
  let t: TestApp;
  let provider: TestModePaymentProvider;
  const start = new Date(Date.now() - 60_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    provider = t.app.get(TestModePaymentProvider, { strict: false });
  });
  afterAll(async () => {
    await t.close();
  });

  const paidBooking = async (price: number) => {
    const { eventId } = await t.publishedEvent(10, people.organizer, {
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: price, currency: 'EUR' } }],
    });
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    const bookingId = placed.body.bookingId as string;
    const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    return { bookingId, intentId: paid.body.intentId as string };
  };
  const run = (body: object, as: Persona = finance, headers: Record<string, string> = {}) =>
    t.call('POST', '/api/finance/reconciliations', { as, body, headers });
  const read = async (reconciliationId: string, position: string) => {
    const answer = await t.call('GET', `/api/finance/reconciliations/${reconciliationId}`, {
      as: finance,
      headers: { 'x-min-position': position },
    });
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('matches what both record alike, and lists what only the provider shows', async () => {
    const first = await paidBooking(2500);
    const second = await paidBooking(1800);
    const refunded = await t.call('POST', '/api/finance/refunds', {
      as: finance,
      body: { bookingId: first.bookingId, amount: { amount: 500, currency: 'EUR' }, reason: 'goodwill' },
    });
    expect(refunded.status).toBe(201);
    // Behind the platform's back: a refund made in the provider's dashboard (none of our ids),
    // and a charge of an attempt of ours the ledger never heard of (its webhook lost).
    const outside = await provider.refund({
      intentId: second.intentId,
      amount: money(300, 'EUR'),
      idempotencyKey: 'dash-1',
    });
    const lostPaymentId = randomUUID();
    const lost = await provider.createIntent({
      amount: money(4200, 'EUR'),
      idempotencyKey: 'lost-1',
      metadata: { paymentId: lostPaymentId, bookingId: first.bookingId, idempotencyKey: 'lost-1' },
    });
    await provider.confirmIntent({ intentId: lost.id, paymentMethod: TEST_CARDS.succeeds, returnUrl: '/' });

    const to = new Date(Date.now() + 60_000).toISOString();
    const recorded = await run({ from: start, to });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      provider: 'test-mode',
      truncated: false,
      reconciliationId: expect.any(String),
    });
    expect(recorded.body.records).toBeGreaterThanOrEqual(5);
    const view = await read(recorded.body.reconciliationId, String(recorded.body.position));
    expect(view).toMatchObject({ provider: 'test-mode', recordedBy: finance.userId, matched: 3 });
    const kinds = (view.discrepancies as Discrepancy[]).map((d) => [d.kind, d.provider?.id]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['not-ours', outside.id],
        ['missing-in-ledger', expect.stringMatching(/^ch_/)],
      ]),
    );
    expect(view.discrepancies).toHaveLength(2);
    const eur = view.totals.find((row: { currency: string }) => row.currency === 'EUR');
    expect(eur).toMatchObject({
      ledgerCharged: 4300,
      providerCharged: 4300 + 4200,
      ledgerRefunded: 500,
      providerRefunded: 800,
    });

    const csv = await t.call(
      'GET',
      `/api/finance/reconciliations/${recorded.body.reconciliationId}/discrepancies.csv`,
      {
        as: finance,
      },
    );
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^kind,reason,booking,/);
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.startsWith('not-ours,') && line.includes(outside.id))).toBe(true);
  });

  it('records one statement per Idempotency-Key', async () => {
    const to = new Date(Date.now() + 60_000).toISOString();
    const once = await run({ from: start, to }, finance, { 'idempotency-key': 'recon-1' });
    const again = await run({ from: start, to }, finance, { 'idempotency-key': 'recon-1' });
    expect(again.body.reconciliationId).toBe(once.body.reconciliationId);
    const other = await run({ from: start, to }, finance);
    expect(other.body.reconciliationId).not.toBe(once.body.reconciliationId);
  });

  it('refuses a bad period, other roles, and an unknown run', async () => {
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    expectProblem(await run({ from: iso(now), to: iso(now - 1000) }), 422);
    expectProblem(await run({ from: iso(now - 94 * 86_400_000), to: iso(now) }), 422);
    expectProblem(await run({ from: iso(now + 86_400_000), to: iso(now + 2 * 86_400_000) }), 422);
    expectProblem(await run({ from: 'yesterday', to: iso(now) }), 400);
    expectProblem(await run({ to: iso(now) }), 400);
    // Well-formed, but this app has no Stripe account to ask: a refusal (422), not a malformed request.
    const unconfigured = await run({ from: iso(now - 1000), to: iso(now), provider: 'stripe' });
    expectProblem(unconfigured, 422);
    expect(unconfigured.body.code).toBe('payments.provider-not-configured');
    expectProblem(await run({ from: iso(now - 1000), to: iso(now) }, people.organizer), 403);
    expectProblem(await run({ from: iso(now - 1000), to: iso(now) }, people.attendee), 403);
    expectProblem(
      await t.call('POST', '/api/finance/reconciliations', { body: { from: iso(now - 1000), to: iso(now) } }),
      401,
    );
    expectProblem(await t.call('GET', `/api/finance/reconciliations/${randomUUID()}`, { as: finance }), 404);
    expectProblem(await t.call('GET', '/api/finance/reconciliations/nope', { as: finance }), 400);
    const mine = await run({ from: iso(now - 1000), to: iso(now + 1000) });
    expectProblem(
      await t.call('GET', `/api/finance/reconciliations/${mine.body.reconciliationId}`, { as: people.organizer }),
      403,
    );
  });
});
