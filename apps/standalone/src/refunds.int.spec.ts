import { SIGNATURE_HEADER, TEST_CARDS, TestModePaymentProvider, signatureHeader } from '@booking/command-api';
import type { EventStore } from '@booking/event-store';
import { PolicyExecutor, type Trigger, refundPayments } from '@booking/process-managers';
import { BUYER } from './testing/booking-fixtures';
import { type SentEvent, startPaymentsApp } from './testing/payments-app';
import { type Persona, type TestApp, expectProblem, people } from './testing/test-app';

const SECRET = 'whsec_refunds_spec';
const WEBHOOK = '/api/payments/webhooks/test-mode';
const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f2', roles: ['finance'] };
type RefundRow = { refundId: string; status: string; providerReference?: string; action?: string };

/**
 * Refunds executed through the test-mode provider, webhooks on (some delivered twice): a
 * cancellation's refund succeeds; a refund of the refund-fails card fails by webhook and finance
 * resolves it by hand; a duplicated webhook changes nothing; a refund above what was paid is
 * refused (docs/payments.md, "Refunds").
 */
describe('refunds through the test-mode provider', () => {
  let t: TestApp;
  let provider: TestModePaymentProvider;
  let store: EventStore;
  let sent: SentEvent[];

  beforeAll(async () => {
    ({ t, provider, store, sent } = await startPaymentsApp({
      seed: 7,
      secret: SECRET,
      maxDelayMs: 20,
      duplicateRate: 0.5,
    }));
  });
  afterAll(async () => {
    await t.close();
  });

  const paidBooking = async (cardNumber: string = TEST_CARDS.succeeds) => {
    const { eventId } = await t.publishedEvent(10, people.organizer, {
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
    });
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
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
    return bookingId;
  };
  const issue = (bookingId: string, amount: number, currency = 'EUR', as: Persona = finance) =>
    t.call('POST', '/api/finance/refunds', { as, body: { bookingId, amount: { amount, currency }, reason: 'spec' } });
  const booking = (bookingId: string) => t.call('GET', `/api/bookings/${bookingId}`, { as: people.attendee });
  const financeList = async (status?: string): Promise<RefundRow[]> => {
    const answer = await t.call('GET', `/api/finance/refunds${status ? `?status=${status}` : ''}`, { as: finance });
    expect(answer.status).toBe(200);
    return answer.body.items;
  };
  const streamTypes = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);
  const deliver = (payload: string) =>
    t.call('POST', WEBHOOK, {
      body: payload,
      headers: { [SIGNATURE_HEADER]: signatureHeader(payload, SECRET, Math.floor(Date.now() / 1000)) },
    });
  const settled = () => provider.webhooks.idle();

  it('refunds a cancelled paid booking through the provider: succeeded, seen by the buyer and finance', async () => {
    const bookingId = await paidBooking();
    const cancelled = await t.call('POST', `/api/bookings/${bookingId}/cancellation`, {
      as: people.organizer,
      body: { reason: 'Stage flooded' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.refund).toEqual({ amount: 2500, currency: 'EUR' });
    await settled();
    const view = await booking(bookingId);
    expect(view.body.refunds).toHaveLength(1);
    const { refundId } = view.body.refunds[0];
    expect(view.body.refunds[0]).toMatchObject({ status: 'succeeded', amount: { amount: 2500, currency: 'EUR' } });
    expect(await streamTypes(`refund-${refundId}`)).toEqual(['RefundOpened', 'RefundSent', 'RefundSucceeded']);
    const row = (await financeList('succeeded')).find((r) => r.refundId === refundId);
    expect(row).toMatchObject({ bookingId, status: 'succeeded', providerReference: expect.stringMatching(/^re_/) });
    expect(
      sent.filter((e) => e.type === 'charge.refunded' && e.data.object.id === row?.providerReference),
    ).toHaveLength(1);
  });

  it('fails a refund of the refund-fails card by webhook; finance sees what to do and marks it manual', async () => {
    const bookingId = await paidBooking(TEST_CARDS.refundFails);
    const issued = await issue(bookingId, 1000);
    expect(issued.status).toBe(201);
    // Accepted as pending: sent, unless its failure webhook (a few ms later) was quicker than the answer.
    expect(issued.body).toMatchObject({ bookingId, status: expect.stringMatching(/^(sent|failed)$/) });
    const { refundId } = issued.body;
    await settled();
    expect(await streamTypes(`refund-${refundId}`)).toEqual(['RefundOpened', 'RefundSent', 'RefundFailed']);
    const failed = (await financeList('failed')).find((r) => r.refundId === refundId);
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'expired_or_canceled_card' });
    expect(failed?.action).toMatch(/bank transfer/);
    expect((await booking(bookingId)).body.refunds[0].status).toBe('failed');

    expectProblem(
      await t.call('POST', `/api/finance/refunds/${refundId}/manual`, { as: people.attendee, body: { note: 'x' } }),
      403,
    );
    const manual = await t.call('POST', `/api/finance/refunds/${refundId}/manual`, {
      as: finance,
      body: { note: 'Bank transfer RF-1' },
    });
    expect(manual.status).toBe(200);
    expect(manual.body).toMatchObject({ refundId, status: 'manual' });
    const recorded = (await store.readStream(`refund-${refundId}`)).at(-1);
    expect(recorded).toMatchObject({
      type: 'RefundResolvedManually',
      data: { note: 'Bank transfer RF-1', by: finance.userId },
    });
    const row = (await financeList('manual')).find((r) => r.refundId === refundId);
    expect(row).toMatchObject({ status: 'manual', manualNote: 'Bank transfer RF-1', resolvedBy: finance.userId });
    expect((await booking(bookingId)).body.refunds[0].status).toBe('manual');
    expectProblem(
      await t.call('POST', `/api/finance/refunds/${refundId}/manual`, { as: finance, body: { note: 'again' } }),
      409,
    );
  });

  it('changes nothing for a duplicated refund webhook', async () => {
    const bookingId = await paidBooking(TEST_CARDS.refundFails);
    const { refundId } = (await issue(bookingId, 500)).body;
    await settled();
    const update = sent.find(
      (e) =>
        e.type === 'charge.refund.updated' && (e.data.object.metadata as { refundId: string }).refundId === refundId,
    );
    expect(update).toBeDefined();
    const before = await streamTypes(`refund-${refundId}`);
    const again = await deliver(JSON.stringify(update));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ received: true, duplicate: true });
    // The same refund under a new provider event id (a redelivery the provider renumbered): no change either.
    const renumbered = await deliver(JSON.stringify({ ...update, id: 'evt_renumbered1' }));
    expect(renumbered.body).toMatchObject({ received: true, duplicate: false, ignored: true });
    expect(await streamTypes(`refund-${refundId}`)).toEqual(before);
  });

  it('sends a refund once when its request is handled again (the projector after the inline run, a restart)', async () => {
    const bookingId = await paidBooking();
    const issued = await issue(bookingId, 700);
    expect(issued.body.status).toBe('succeeded');
    const { refundId } = issued.body;
    await settled();
    const before = await streamTypes(`refund-${refundId}`);
    const request = (await store.readStream(`booking-${bookingId}`)).find((e) => e.id === refundId);
    if (request?.type !== 'RefundRequested') throw new Error('no RefundRequested');
    const reference = (await financeList()).find((r) => r.refundId === refundId)?.providerReference;
    const refund = jest.spyOn(provider, 'refund');
    const trigger = { type: request.type, data: request.data, id: refundId, correlationId: 'again' };
    await t.app.get(PolicyExecutor, { strict: false }).run(refundPayments, trigger as Trigger<'RefundRequested'>);
    expect(await streamTypes(`refund-${refundId}`)).toEqual(before);
    // Asked again (the policy's replayed outcome may skip the call): the provider answers the same refund.
    for (const call of refund.mock.results) expect((await call.value).id).toBe(reference);
    refund.mockRestore();
  });

  it('refuses a refund above what was paid or left, or in another currency, and appends nothing', async () => {
    const bookingId = await paidBooking();
    const length = async () => (await store.readStream(`booking-${bookingId}`)).length;
    const before = await length();
    expectProblem(await issue(bookingId, 2501), 422);
    expectProblem(await issue(bookingId, 100, 'USD'), 422);
    expectProblem(await issue(bookingId, 100, 'EUR', people.attendee), 403);
    // No amount at all: a 400 from validation (the fuzzer found it a 500).
    const noAmount = await t.call('POST', '/api/finance/refunds', { as: finance, body: { bookingId } });
    expectProblem(noAmount, 400);
    expect(await length()).toBe(before);
    expect((await issue(bookingId, 2000)).body.status).toBe('succeeded');
    const over = await issue(bookingId, 501);
    expectProblem(over, 422);
    expect(over.body.code).toBe('refund.exceeds-paid');
    expect((await issue(bookingId, 500)).body.status).toBe('succeeded');
    expectProblem(await issue(bookingId, 1), 422);
    await settled();
    expect(provider.charges.length).toBeGreaterThan(0);
  });
});
