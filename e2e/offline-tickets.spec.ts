import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** What the device keeps for offline reading (lib/saved-copies.ts): each row's user and key. */
function savedRows(page: Page): Promise<{ userId: string; key: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ userId: string; key: string }[]>((resolve, reject) => {
        const open = indexedDB.open('seatwise-saved', 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('copies', { keyPath: ['userId', 'key'] });
          store.createIndex('userId', 'userId');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('copies').objectStore('copies').getAll();
          all.onsuccess = () => {
            resolve((all.result as { userId: string; key: string }[]).map(({ userId, key }) => ({ userId, key })));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

run('in the browser: tickets stay readable offline', () => {
  const suite = browserSuite();

  it('shows a booking opened online again offline, QR codes and all, and My bookings; signing out forgets them', async () => {
    const page = await suite.signedIn(DEMO_PERSONAS.attendee.email);
    const context = page.context();
    // The worker that serves the app shell offline (pwa/sw.js) has installed and claimed the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // Online: My bookings, then the demo attendee's paid booking with its entry codes.
    await page.goto(`${suite.t.url}/me/bookings`);
    const card = page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: /Flamenco Night/ });
    await card.waitFor();
    await card.click();
    const codes = page.getByTestId('ticket-codes');
    await codes.getByRole('img', { name: /QR code for .*Ada Attendee/ }).waitFor();
    const bookingUrl = page.url();
    const liveCodes = await page.getByTestId('ticket-code').allTextContents();
    expect(liveCodes).toHaveLength(2);
    // Saved as the page showed them (a write in the background, so waited for).
    for (let tries = 0; tries < 50; tries += 1) {
      if ((await savedRows(page)).some((r) => r.key.startsWith('tickets:'))) break;
      await page.waitForTimeout(100);
    }
    expect((await savedRows(page)).map((r) => r.key.split(':')[0])).toEqual(
      expect.arrayContaining(['booking', 'tickets']),
    );
    expect(new Set((await savedRows(page)).map((r) => r.userId))).toEqual(new Set([DEMO_PERSONAS.attendee.id]));

    // Offline: the page reloads from the worker's shell and shows the saved copy.
    await context.setOffline(true);
    await page.reload();
    await page
      .getByTestId('offline-notice')
      .getByText(/Offline — saved copy from/)
      .waitFor();
    await page.getByRole('heading', { level: 1, name: /^Booking #/ }).waitFor();
    await page.getByText('Flamenco Night').first().waitFor();
    await codes.getByRole('img', { name: /QR code for .*Ada Attendee/ }).waitFor();
    await codes.getByRole('img', { name: /QR code for .*Grace Hopper/ }).waitFor();
    expect(await page.getByTestId('ticket-code').allTextContents()).toEqual(liveCodes);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The next day the access token has expired and, offline, the session cannot be restored: the
    // copies are still shown to the device's owner (they stay until a sign-out).
    await page.evaluate(() => localStorage.removeItem('seatwise-auth'));
    await page.reload();
    await page.getByTestId('offline-notice').waitFor();
    await codes.getByRole('img', { name: /QR code for .*Grace Hopper/ }).waitFor();
    expect(await page.getByRole('button', { name: /Account:/ }).count()).toBe(0);

    // A navigation (not a reload) offline: My bookings lists the saved booking.
    await page.goto(`${suite.t.url}/me/bookings`);
    await page.getByTestId('offline-notice').waitFor();
    await page
      .getByRole('region', { name: 'Upcoming' })
      .getByRole('link', { name: /Flamenco Night/ })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back online, signing out drops every saved copy: offline again, the page has nothing to show.
    await context.setOffline(false);
    await page.goto(bookingUrl);
    await codes.getByRole('img', { name: /QR code for .*Ada Attendee/ }).waitFor();
    await page.getByRole('button', { name: /Account:/ }).click();
    await page.getByRole('menuitem', { name: /Log out/ }).click();
    await page.getByRole('link', { name: 'Log in' }).first().waitFor();
    expect(await savedRows(page)).toEqual([]);
    await context.setOffline(true);
    await page.goto(bookingUrl);
    await page.getByText('You need an account to see your booking.').waitFor();
    expect(await page.getByTestId('ticket-codes').count()).toBe(0);
    expect(await page.getByTestId('offline-notice').count()).toBe(0);
    await context.close();
  });
});
