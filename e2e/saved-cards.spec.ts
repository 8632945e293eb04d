import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type TestApp, startTestApp } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, chromiumAvailable, launch } from './browser';
import { bookOneDemoSeatInBrowser } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

/**
 * Saved cards in the browser (the embedded test-mode provider): the attendee saves a card at
 * checkout while paying, then pays the next booking in one step with it; on the payment methods
 * page they add another, make it the default and remove the first.
 */
run('in the browser: saved cards', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({
      env: { DEMO_MODE: 'true', COOKIE_SECURE: 'false', WEB_DIST: join(__dirname, '..', 'web', 'dist') },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('saves a card while paying, pays the next booking with it in one step, and manages saved cards', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const status = page.getByTestId('booking-status-panel');

    // First booking: a new card, saved for later while paying.
    await bookOneDemoSeatInBrowser(page, t.url);
    await status.getByText('Awaiting payment').first().waitFor();
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Save this card for later').check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await status.getByText('Confirmed').first().waitFor();

    // Second booking: the saved card is offered and pays in one step.
    await bookOneDemoSeatInBrowser(page, t.url, { signedIn: true });
    await status.getByText('Awaiting payment').first().waitFor();
    const group = page.getByRole('radiogroup', { name: 'Card to pay with' });
    await group.getByRole('radio', { name: /Visa •••• 4242/ }).waitFor();
    expect(await group.getByRole('radio', { name: /Visa •••• 4242/ }).isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Pay .* with Visa •••• 4242$/ }).click();
    await status.getByText('Confirmed').first().waitFor();

    // The payment methods page: add a card, make it the default, remove the first.
    await page.goto(`${t.url}/account/payment-methods`);
    await page.getByRole('heading', { name: 'Payment methods', level: 1 }).waitFor();
    const cards = page.getByRole('list', { name: 'Saved cards' });
    await cards.getByRole('listitem').first().waitFor();
    expect(await cards.getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Card number').fill('4000 0000 0000 3220');
    await page.getByRole('button', { name: 'Save card' }).click();
    await page.getByTestId('wallet-notice').getByText('Saved Visa •••• 3220.').waitFor();
    const added = cards.getByRole('listitem').filter({ hasText: 'Visa •••• 3220' });
    await added.getByRole('button', { name: 'Make default' }).click();
    await page.getByTestId('wallet-notice').getByText('Visa •••• 3220 is now your default card.').waitFor();
    await added.getByText('Default').waitFor();
    const first = cards.getByRole('listitem').filter({ hasText: 'Visa •••• 4242' });
    await first.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove card' }).click();
    await page.getByTestId('wallet-notice').getByText('Removed Visa •••• 4242.').waitFor();
    await first.waitFor({ state: 'detached' });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A declined card is not saved, and says why.
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Save card' }).click();
    await page.getByText('Could not save the card').waitFor();
    expect(await cards.getByRole('listitem').count()).toBe(1);
    await page.context().close();
  });
});
