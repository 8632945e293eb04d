import type { ConsoleMessage, Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** Every refresh call the page makes, and every console error it logs. */
function watch(page: Page) {
  const refreshes: number[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/api/auth/refresh')) refreshes.push(response.status());
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { refreshes, errors };
}

run('in the browser: the session across page loads', () => {
  const app = browserSuite();

  it('makes no refresh call (and logs no 401) on a signed-out page load', async () => {
    const page = await (await app.browser.newContext()).newPage();
    const seen = watch(page);
    for (const path of ['/', '/login', '/']) {
      await page.goto(`${app.t.url}${path}`);
      await page.getByRole('link', { name: 'Log in' }).first().waitFor();
    }
    expect(seen.refreshes).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('stays signed in over many page loads and tabs: the token is shared, not refreshed each time', async () => {
    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    const seen = watch(page);
    const other = await page.context().newPage();
    const seenOther = watch(other);
    // More loads than the refresh budget (AUTH_RATE_LIMIT, 20 a minute): once, each load refreshed.
    for (let i = 0; i < 25; i++) {
      const tab = i % 2 ? other : page;
      await tab.goto(`${app.t.url}/`);
      await tab.getByRole('button', { name: /Account:/ }).waitFor();
    }
    expect([...seen.refreshes, ...seenOther.refreshes]).toEqual([]);
    expect([...seen.errors, ...seenOther.errors]).toEqual([]);
  });

  it('waits out a throttled refresh (429, Retry-After) instead of signing out', async () => {
    const page = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await page.evaluate(() => localStorage.clear()); // no shared token: the next load must refresh
    let throttled = 0;
    await page.route('**/api/auth/refresh', async (route) => {
      if (throttled++ > 0) return route.continue();
      await route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
        body: JSON.stringify({ type: 'https://booking.example/problems/too-many-requests', status: 429 }),
      });
    });
    await page.reload();
    await page.getByRole('button', { name: /Account:/ }).waitFor();
    expect(throttled).toBe(2);
  });

  it("logs out after another tab's refresh in flight, not before: its answer cannot sign the browser back in", async () => {
    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    const other = await page.context().newPage();
    // The other tab's refresh reaches the server (it rotates the token) but its answer is held
    // until this tab has pressed Log out: the refresh is in flight while the logout starts.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    let reached!: () => void;
    const atServer = new Promise<void>((resolve) => (reached = resolve));
    await other.route('**/api/auth/refresh', async (route) => {
      const response = await route.fetch();
      reached();
      await held;
      await route.fulfill({ response });
    });
    await page.evaluate(() => localStorage.removeItem('seatwise-auth')); // no shared token: the other tab refreshes
    await other.goto(`${app.t.url}/`);
    await atServer;
    await page.getByRole('button', { name: /Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click(); // asks for the lock the refresh holds
    answer();
    // Once the lock is free again (refresh, then logout, done), no answer is left for a tab to take.
    const shared = await other.evaluate(async () => {
      await navigator.locks.request('seatwise-auth-refresh', async () => undefined);
      return localStorage.getItem('seatwise-auth');
    });
    expect(shared).toBeNull();
    for (const tab of [page, other]) await tab.getByRole('link', { name: 'Log in' }).first().waitFor();
    await other.reload();
    await other.getByRole('link', { name: 'Log in' }).first().waitFor();
  });
});
