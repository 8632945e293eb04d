import { SIGNATURE_HEADER, TEST_CARDS, signatureHeader } from '@booking/command-api';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, openFromNav } from './browser';
import { payDemoBooking } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;
/** The test-mode provider's default webhook secret (docs/payments.md, "Settings"). */
const SECRET = 'whsec_test_mode_local';

run('in the browser: finance sees a failed refund, says what to do, and marks it refunded manually', () => {
  const app = browserSuite();
  const finance = { userId: DEMO_PERSONAS.finance.id, roles: DEMO_PERSONAS.finance.roles };
  let bookingId = '';
  let refundId = '';

  /**
   * Through the API: the demo attendee pays with the refund-fails card, finance refunds part of it
   * (sent), and the provider's failure webhook (webhooks are off in browser tests, so it is
   * delivered here, signed) makes it failed, unless the projector's run of the policy heard of the
   * failure from the provider first.
   */
  beforeAll(async () => {
    const { t } = app;
    const booked = await payDemoBooking(t, TEST_CARDS.refundFails);
    bookingId = booked.bookingId;
    const { paid } = booked;
    expect(paid.body.bookingStatus).toBe('confirmed');
    const issued = await t.call('POST', '/api/finance/refunds', {
      as: finance,
      body: { bookingId, amount: { amount: 500, currency: paid.body.amount?.currency ?? 'EUR' }, reason: 'Goodwill' },
    });
    refundId = issued.body.refundId;
    const listed = await t.call('GET', '/api/finance/refunds', { as: finance });
    const sent = listed.body.items.find((r: { refundId: string }) => r.refundId === refundId);
    // The projector's run of the refund policy may have asked the provider again and learnt the failure already.
    if (sent.status === 'failed') return;
    expect(sent.status).toBe('sent');
    const payload = JSON.stringify({
      id: 'evt_e2erefundfailed1',
      object: 'event',
      type: 'charge.refund.updated',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: sent.providerReference,
          object: 'refund',
          payment_intent: sent.intentId,
          amount: 500,
          currency: sent.amount.currency.toLowerCase(),
          status: 'failed',
          failure_reason: 'expired_or_canceled_card',
          metadata: { refundId, bookingId },
        },
      },
    });
    const delivered = await t.call('POST', '/api/payments/webhooks/test-mode', {
      body: payload,
      headers: { [SIGNATURE_HEADER]: signatureHeader(payload, SECRET, Math.floor(Date.now() / 1000)) },
    });
    expect(delivered.body).toMatchObject({ received: true, ignored: false });
  });

  it('lists the failed refund with what to do; marking it manual moves it to "Refunded manually"', async () => {
    const page = await app.signedIn(DEMO_PERSONAS.finance.email);
    await page.goto(app.t.url);
    await openFromNav(page, 'Finance', 'Refunds');
    await page.getByRole('heading', { level: 1, name: 'Refunds' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('failed');
    const table = page.getByRole('table', { name: 'Refunds' });
    const row = table.getByRole('row').filter({ hasText: bookingId.slice(0, 8) });
    await row.getByText(/Failed: expired_or_canceled_card/).waitFor();
    await row.getByText(/bank transfer/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Mark as refunded manually' }).click();
    await row.getByText('Say how the money went back (up to 1000 characters)').waitFor();
    await row.getByRole('textbox', { name: 'How was it refunded?' }).fill('Bank transfer RF-77');
    await row.getByRole('button', { name: 'Mark as refunded manually' }).click();
    await row.waitFor({ state: 'detached' });

    await page.getByRole('combobox', { name: 'Status' }).selectOption('manual');
    const done = table.getByRole('row').filter({ hasText: bookingId.slice(0, 8) });
    await done.getByText('Refunded manually').waitFor();
    await done.getByText(/Bank transfer RF-77/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the buyer the refund's status on the booking page", async () => {
    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${app.t.url}/bookings/${bookingId}`);
    await page.getByTestId('refund-status').filter({ hasText: 'Refunded by finance' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
