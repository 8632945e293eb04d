import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { useStripeMock } from '../apps/command-api/src/payments/shared/stripe/testing/stripe-mock';
import { type TestApp, startTestApp } from '../apps/standalone/src/testing/test-app';
import { chromiumAvailable, launch } from './browser';
import { bookOneDemoSeatInBrowser } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

/**
 * The pay step when Stripe takes the payments (the API on stripe-mock). Stripe.js itself comes
 * from js.stripe.com, which these machines cannot reach: the browser is made to fail that load
 * (route abort) so the outcome does not depend on the network, and the buyer must be told the
 * card form could not load, not be left with a blank step. What the Payment Element does once
 * loaded is Stripe's; our flow around it is unit-tested (web/src/features/booking/stripe).
 */
run('in the browser: the pay step on Stripe', () => {
  const stripeMock = useStripeMock('the pay step on Stripe');
  if (!stripeMock) return;
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        DEMO_MODE: 'true',
        COOKIE_SECURE: 'false',
        WEB_DIST: join(__dirname, '..', 'web', 'dist'),
        PAYMENTS_PROVIDER: 'stripe',
        STRIPE_SECRET_KEY: 'sk_test_e2e',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e',
        STRIPE_WEBHOOK_SECRET: 'whsec_e2e',
        STRIPE_API_URL: stripeMock(),
      },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('asks Stripe.js for the card form, and says so when it cannot load; the page’s policy lets Stripe.js in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const stripeRequests: string[] = [];
    await page.route(/^https:\/\/([a-z0-9-]+\.)*stripe\.com\//, async (route) => {
      stripeRequests.push(route.request().url());
      await route.abort('internetdisconnected');
    });
    const home = await page.goto(t.url);
    const policy = (await home?.allHeaders())?.['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' https://js.stripe.com");
    await bookOneDemoSeatInBrowser(page, t.url);
    await page.getByRole('alert').filter({ hasText: 'The card form could not load' }).waitFor();
    expect(stripeRequests.some((url) => url.startsWith('https://js.stripe.com/'))).toBe(true);
    // No test-mode card field: on Stripe the buyer's card never reaches us.
    expect(await page.getByLabel('Card number').count()).toBe(0);
    await context.close();
  });
});
