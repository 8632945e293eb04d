import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  type PayPalStandIn,
  startPayPalStandIn,
} from '../apps/command-api/src/payments/shared/paypal/testing/paypal-stand-in';
import { type TestApp, startTestApp } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, chromiumAvailable, launch } from './browser';
import { bookOneDemoSeatInBrowser } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

/**
 * Checkout with PayPal beside the card, PayPal being the local stand-in of its API (not PayPal:
 * apps/command-api/src/payments/shared/paypal/README.md). The buyer picks PayPal, approves on the
 * stand-in's approval page (another origin, as PayPal's is) and comes back to a confirmed
 * booking; or leaves PayPal and pays by card instead.
 */
run('in the browser: pay with PayPal (the stand-in of its API)', () => {
  let t: TestApp;
  let paypal: PayPalStandIn;
  let browser: Browser;
  beforeAll(async () => {
    paypal = await startPayPalStandIn({ webhookDelivery: 'auto' });
    t = await startTestApp({
      env: {
        DEMO_MODE: 'true',
        COOKIE_SECURE: 'false',
        WEB_DIST: join(__dirname, '..', 'web', 'dist'),
        PAYPAL_CLIENT_ID: paypal.clientId,
        PAYPAL_CLIENT_SECRET: paypal.clientSecret,
        PAYPAL_WEBHOOK_ID: paypal.webhookId,
        PAYPAL_API_URL: paypal.url,
        PAYPAL_STAND_IN: 'on',
      },
    });
    paypal.setWebhookUrl(`${t.url}/api/payments/webhooks/paypal`);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await paypal?.close();
  });

  const bookOneSeat = async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const bookingUrl = await bookOneDemoSeatInBrowser(page, t.url);
    await page.getByTestId('booking-status-panel').getByText('Awaiting payment').first().waitFor();
    return { page, bookingUrl };
  };

  it('picks PayPal, approves on its page, and comes back to a confirmed booking', async () => {
    const { page, bookingUrl } = await bookOneSeat();
    await page.getByText('PayPal', { exact: true }).click();
    await page.getByText('Stand-in').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue to PayPal' }).click();
    await page.waitForURL((url) => url.origin === paypal.url && url.pathname === '/checkoutnow');
    await page
      .getByText(/stand-in/i)
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Approve', exact: true }).click();
    await page.waitForURL(`${bookingUrl}`);
    await page.getByTestId('booking-status-panel').getByText('Confirmed').first().waitFor();
    await page.context().close();
  });

  it('leaves PayPal without paying, is told nothing was charged, and pays by card instead', async () => {
    const { page } = await bookOneSeat();
    await page.getByText('PayPal', { exact: true }).click();
    await page.getByRole('button', { name: 'Continue to PayPal' }).click();
    await page.waitForURL((url) => url.origin === paypal.url);
    await page.getByRole('link', { name: /Cancel/ }).click();
    await page.getByText(/You left PayPal; nothing was charged/).waitFor();
    await page.getByText('Card', { exact: true }).click();
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByTestId('booking-status-panel').getByText('Confirmed').first().waitFor();
    await page.context().close();
  });
});
