import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type TestApp, startTestApp } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, chromiumAvailable, launch } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: find an event, hold seats, watch availability drop', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_MODE: 'true', WEB_DIST: join(__dirname, '..', 'web', 'dist') } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the seeded catalog, holds seats for a signed-in attendee, and updates another viewer live', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(t.url);
    const card = page.getByRole('article').filter({ hasText: 'Midnight Jazz Sessions' });
    await card.waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(10);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A second, anonymous viewer keeps the same event open.
    const viewer = await (await browser.newContext()).newPage();

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Sign in as attendee' }).click();
    await card.getByRole('link', { name: 'Midnight Jazz Sessions' }).click();
    const availability = page.getByTestId('availability');
    await availability.getByText('Free: 450').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await viewer.goto(page.url());
    await viewer.getByTestId('availability').getByText('Free: 450').waitFor();

    await page.getByLabel('Number of seats').fill('3');
    await page.getByRole('button', { name: 'Hold seats' }).click();
    await availability.getByText('Free: 447').waitFor();
    await viewer.getByTestId('availability').getByText('Free: 447').waitFor({ timeout: 10_000 }); // over SSE, no reload

    await page.goto(`${t.url}/holds`);
    await page.getByText('Midnight Jazz Sessions').waitFor();
    await page.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-holds.png') });
    await context.close();
  });

  it("asks a general-admission event's page for no seating plan (the event's answer says it has none)", async () => {
    const idOf = async (q: string) => {
      const { body } = await t.call('GET', `/api/events?q=${encodeURIComponent(q)}`);
      return (body as { items: { id: string; seating?: unknown }[] }).items[0].id;
    };
    const jazz = await idOf('Midnight Jazz Sessions');
    const hamlet = await idOf('Hamlet');
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const planRequests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/') && pathname.endsWith('/seating-plan')) planRequests.push(pathname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    // Landed on (prerendered), then the SPA takes over: the hold form is there at once, with no plan asked.
    await page.goto(`${t.url}/events/${jazz}`);
    await page.getByText('You need an account to hold seats').waitFor();
    await page
      .getByTestId('availability')
      .getByText(/Free: \d+/)
      .waitFor();
    expect(planRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // An event with a plan still gets its plan and seat map (its code loaded on demand).
    await page.goto(`${t.url}/events/${hamlet}`);
    await page.getByTestId('seat-map').getByRole('heading', { name: 'Seat map' }).waitFor();
    expect(planRequests).toEqual([`/api/events/${hamlet}/seating-plan`]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('works on a phone-sized screen in dark mode', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${t.url}/?q=hamlet`);
    await page.getByRole('article').filter({ hasText: 'Hamlet' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
