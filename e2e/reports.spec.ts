import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, openFromNav } from './browser';
import { payDemoBooking } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

run(
  'in the browser: finance and the organizer read the sales reports, with charts that have a text alternative',
  () => {
    const app = browserSuite();
    const finance = { userId: DEMO_PERSONAS.finance.id, roles: DEMO_PERSONAS.finance.roles };
    const jazzRow = (page: Awaited<ReturnType<typeof app.signedIn>>) =>
      page
        .getByRole('table', { name: 'By event' })
        .getByRole('row')
        .filter({ hasText: 'Midnight Jazz Sessions' })
        .first();

    /** Through the API: the demo attendee pays one ticket of Midnight Jazz Sessions (the demo organizer's event) today. */
    beforeAll(async () => {
      const { t } = app;
      const { paid } = await payDemoBooking(t);
      expect(paid.body.bookingStatus).toBe('confirmed');
      // Read-your-writes: the report as of the payment's position counts it (the pages then read no older state).
      const report = await t.call('GET', '/api/finance/analytics', {
        as: finance,
        headers: { 'X-Min-Position': String(paid.body.position) },
      });
      expect(report.status).toBe(200);
      expect(report.body.byEvent.map((e: { title?: string }) => e.title)).toContain('Midnight Jazz Sessions');
    });

    it('finance opens Reports from the navigation: EUR totals, the day chart named by its summary, the event row', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.finance.email);
      await page.goto(app.t.url);
      await openFromNav(page, 'Finance', 'Reports');
      await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

      const sales = page
        .getByRole('region', { name: 'Totals in EUR' })
        .getByRole('group', { name: 'Sales', exact: true });
      await sales.waitFor();
      expect(Number((await sales.innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      await page.getByRole('img', { name: /^Sales by day in EUR/ }).waitFor();
      await jazzRow(page).waitFor();
      await page.getByRole('region', { name: 'By payment method', exact: true }).waitFor();
      await page
        .getByRole('region', { name: 'Payments', exact: true })
        .getByRole('group', { name: 'Succeeded' })
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // A quick period goes into the link, and the day's sale is still in it.
      await page.getByRole('button', { name: 'Last 7 days' }).click();
      await page.getByRole('button', { name: 'Last 7 days', pressed: true }).waitFor();
      expect(new URL(page.url()).searchParams.get('to')).toBe(new Date().toISOString().slice(0, 10));
      await jazzRow(page).waitFor();
      await page.close();
    });

    it('the organizer opens Reports from the organizer page and finds the sale of their event', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.organizer.email);
      await page.goto(`${app.t.url}/organizer`);
      await page.getByRole('button', { name: 'Reports', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
      await page.getByRole('img', { name: /^Sales by day in EUR/ }).waitFor();
      await jazzRow(page).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
