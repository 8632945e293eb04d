import { TEST_CARDS } from '@booking/command-api';
import { BUYER } from './testing/booking-fixtures';
import { type Persona, type TestApp, people, startTestApp, suiteDataDir } from './testing/test-app';

const finance: Persona = { userId: '0190b000-0000-7000-8000-0000000000f6', roles: ['finance'] };

/**
 * The embedded provider keeps its records in DATA_DIR (test-mode-provider.db), as Stripe keeps
 * its own across our restarts: an intent waiting for 3-D Secure can still be authenticated after
 * the app restarted, and what was charged before the restart is still in its statement.
 */
describe('the test-mode provider across a restart', () => {
  const dir = suiteDataDir('payments-restart-');
  let t: TestApp | undefined;
  const started = new Date().toISOString();
  afterAll(async () => {
    await t?.close();
  });

  it('remembers an intent waiting for 3-D Secure and the charges made before the restart', async () => {
    t = await startTestApp({ env: { DATA_DIR: dir } });
    const book = async (app: TestApp) => {
      const { eventId } = await app.publishedEvent(10, people.organizer, {
        priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
      });
      const held = await app.call('POST', `/api/events/${eventId}/holds`, {
        as: people.attendee,
        body: { quantity: 1 },
      });
      const placed = await app.call('POST', '/api/bookings', {
        as: people.attendee,
        body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
      });
      return placed.body.bookingId as string;
    };
    const paid = await t.call('POST', `/api/bookings/${await book(t)}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body.status).toBe('succeeded');
    const waitingBooking = await book(t);
    const waiting = await t.call('POST', `/api/bookings/${waitingBooking}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.threeDSecure },
    });
    expect(waiting.body.status).toBe('requires_action');
    await t.close();

    const restartedAt = Date.now();
    t = await startTestApp({ env: { DATA_DIR: dir } });
    const passed = await t.call('POST', `/api/payments/test-mode/challenges/${waiting.body.intentId}`, {
      as: people.attendee,
      body: { outcome: 'pass' },
    });
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });

    const run = await t.call('POST', '/api/finance/reconciliations', {
      as: finance,
      body: { from: started, to: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(run.status).toBe(201);
    const view = await t.call('GET', `/api/finance/reconciliations/${run.body.reconciliationId}`, {
      as: finance,
      headers: { 'x-min-position': String(run.body.position) },
    });
    expect(view.body).toMatchObject({ matched: 2, discrepancies: [], notCovered: 0 });
    // Covered from the provider's first start, not from the restart: the first charge is compared too.
    expect(Date.parse(view.body.coveredFrom)).toBeLessThan(restartedAt);
  });
});
