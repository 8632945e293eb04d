import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type TestApp, startTestApp } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, chromiumAvailable, launch } from './browser';
import { bookOneDemoSeatInBrowser } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

/**
 * Checkout pays through the embedded test-mode provider, webhooks on: a declined card and its
 * reason, then 3-D Secure failed and passed on the provider's challenge page (docs/payments.md).
 */
run('in the browser: pay by card through the test-mode provider', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        DEMO_MODE: 'true',
        COOKIE_SECURE: 'false',
        WEB_DIST: join(__dirname, '..', 'web', 'dist'),
        PAYMENTS_TEST_MODE_WEBHOOKS: 'on',
        PAYMENTS_TEST_MODE_WEBHOOK_DUPLICATE_RATE: '0.5',
        PAYMENTS_TEST_MODE_SEED: '3',
      },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The demo attendee holds one place of the demo's jazz night and checks out: its booking page, pending. */
  const bookOneSeat = async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const bookingUrl = await bookOneDemoSeatInBrowser(page, t.url);
    return { page, bookingUrl };
  };

  const payWith = async (page: Page, card: string) => {
    await page.getByLabel('Card number').fill(card);
    await page.getByRole('button', { name: /^Pay / }).click();
  };

  it('shows a decline, then fails and passes 3-D Secure on the challenge page, and confirms the booking', async () => {
    const { page, bookingUrl } = await bookOneSeat();
    const status = page.getByTestId('booking-status-panel');
    await status.getByText('Awaiting payment').first().waitFor();

    // Insufficient funds: the reason in words, the form stays for a new attempt.
    await payWith(page, '4000 0000 0000 9995');
    await page
      .getByTestId('payment-declined')
      .getByText(/insufficient funds/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A 3-D Secure card: the provider's challenge page; failing it declines, back on the booking.
    await payWith(page, '4000 0025 0000 3155');
    await page.waitForURL(/\/payments\/test-mode\/challenge\/pi_[0-9a-f]{32}\?return=/);
    await page.getByRole('heading', { level: 1, name: 'Confirm your payment' }).waitFor();
    await page.getByTestId('challenge-amount').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Fail authentication' }).click();
    await page.waitForURL(bookingUrl);
    await page
      .getByTestId('payment-declined')
      .getByText(/3-D Secure failed/)
      .waitFor();
    await status.getByText('Awaiting payment').first().waitFor();

    // Again, and this time passed: the booking is confirmed with its tickets.
    await payWith(page, '4000000000003220');
    await page.waitForURL(/\/payments\/test-mode\/challenge\//);
    await page.getByRole('button', { name: 'Complete authentication' }).click();
    await page.waitForURL(bookingUrl);
    await status.getByText('Confirmed').first().waitFor();
    await page.getByRole('heading', { name: 'Your tickets' }).waitFor();
    expect(await page.getByLabel('Card number').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('pays with another card after leaving the challenge: the waiting payment is cancelled', async () => {
    const { page, bookingUrl } = await bookOneSeat();
    await payWith(page, '4000002500003155');
    await page.waitForURL(/\/payments\/test-mode\/challenge\//);
    await page.goBack();
    await page.waitForURL(bookingUrl);
    await page.getByTestId('payment-3ds').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await payWith(page, '4242424242424242');
    await page.getByTestId('booking-status-panel').getByText('Confirmed').first().waitFor();
  });

  it('offers to continue 3-D Secure after leaving the challenge, and the webhook settles it', async () => {
    const { page, bookingUrl } = await bookOneSeat();
    await payWith(page, '4000002500003155');
    await page.waitForURL(/\/payments\/test-mode\/challenge\//);
    // The buyer goes back without answering: the booking offers the challenge again.
    await page.goto(bookingUrl);
    await page.getByTestId('payment-3ds').getByRole('link', { name: 'Continue to 3-D Secure' }).click();
    await page.getByRole('button', { name: 'Complete authentication' }).click();
    await page.waitForURL(bookingUrl);
    await page.getByTestId('booking-status-panel').getByText('Confirmed').first().waitFor();
  });
});
