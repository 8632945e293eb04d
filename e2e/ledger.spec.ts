import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, openFromNav } from './browser';
import { payDemoBooking } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

run(
  'in the browser: finance reads the ledger, balanced, with one booking journal and history, now and before its payment',
  () => {
    const app = browserSuite();
    const finance = { userId: DEMO_PERSONAS.finance.id, roles: DEMO_PERSONAS.finance.roles };
    let bookingId = '';
    /** A log position just before the booking's first ledger entry. */
    let beforePayment = '';

    /** Through the API: the demo attendee pays one ticket with the card that succeeds, so the booking is confirmed. */
    beforeAll(async () => {
      const { t } = app;
      const booked = await payDemoBooking(t);
      bookingId = booked.bookingId;
      const { paid } = booked;
      expect(paid.body.bookingStatus).toBe('confirmed');
      // Read-your-writes: the journal as of the payment's position.
      const journal = await t.call('GET', `/api/finance/ledger/entries?bookingId=${bookingId}`, {
        as: finance,
        headers: { 'X-Min-Position': String(paid.body.position) },
      });
      expect(journal.status).toBe(200);
      const items: { eventType: string; position: string }[] = journal.body.items;
      expect(items.map((entry) => entry.eventType)).toContain('PaymentSucceeded');
      beforePayment = (BigInt(items[0].position) - 1n).toString();
    });

    it('shows the balanced ledger and the booking journal; cut before the payment, the booking has no money yet', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.finance.email);
      await page.goto(app.t.url);
      await openFromNav(page, 'Finance', 'Ledger');
      await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Balanced: debits equal credits' }).waitFor();
      await page
        .getByRole('table', { name: 'Account balances' })
        .getByRole('row')
        .filter({ hasText: 'assets:provider:test-mode' })
        .first()
        .waitFor();

      const journal = page.getByRole('region', { name: 'Journal' });
      await journal.getByRole('textbox', { name: 'Booking' }).fill(bookingId);
      await journal.getByRole('button', { name: 'Filter', exact: true }).click();
      await journal
        .getByRole('table', { name: 'Journal entries' })
        .getByRole('row')
        .filter({ hasText: 'PaymentSucceeded' })
        .filter({ hasText: bookingId.replaceAll('-', '').slice(-8).toUpperCase() })
        .first()
        .waitFor();
      expect(new URL(page.url()).searchParams.get('bookingId')).toBe(bookingId);
      // The booking's history as the log holds it: placed by the attendee, then paid.
      const history = page.getByRole('table', { name: 'History of the booking' });
      await history.getByRole('row').filter({ hasText: 'BookingPlaced' }).first().waitFor();
      await history.getByRole('row').filter({ hasText: 'PaymentSucceeded' }).first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // As of a log position before the payment: that booking's journal is empty (the link keeps the cut).
      await page.getByRole('textbox', { name: 'Log position' }).fill(beforePayment);
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await journal.getByText(/No money has moved/).waitFor();
      expect(new URL(page.url()).searchParams.get('position')).toBe(beforePayment);
      expect(new URL(page.url()).searchParams.get('bookingId')).toBe(bookingId);
      expect(await accessibilityViolations(page)).toEqual([]);

      // "Now" takes the cut away: the payment is back.
      await page.getByRole('button', { name: 'Now', exact: true }).click();
      await journal.getByRole('row').filter({ hasText: 'PaymentSucceeded' }).first().waitFor();
      expect(new URL(page.url()).searchParams.get('position')).toBeNull();
      await page.close();
    });

    it('reconciles the ledger with the provider: everything paid through the platform matches', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.finance.email);
      await page.goto(`${app.t.url}/finance/ledger`);
      await page.getByRole('link', { name: 'Reconcile with the provider' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reconciliation' }).waitFor();
      await page.getByRole('button', { name: 'Reconcile with the provider' }).click();
      await page.getByRole('status').filter({ hasText: 'The ledger and the provider agree' }).waitFor();
      expect(new URL(page.url()).searchParams.get('id')).toMatch(/^[0-9a-f-]{36}$/);
      const eur = page.getByRole('table', { name: 'Totals per currency' }).getByRole('row').filter({ hasText: 'EUR' });
      const cells = await eur.getByRole('cell').allTextContents();
      expect(cells[0]).toBe(cells[1]); // charged: ledger = provider
      expect(await accessibilityViolations(page)).toEqual([]);
      // A bad period is said at the field, before any request.
      await page.getByRole('textbox', { name: 'To' }).fill('2020-01-01T00:00');
      await page.getByRole('button', { name: 'Reconcile with the provider' }).click();
      await page.getByText('The period must end after it starts').waitFor();
      await page.close();
    });

    it("opens an organizer's raw history from what they are owed, and loads more of it", async () => {
      const page = await app.signedIn(DEMO_PERSONAS.finance.email);
      await page.goto(`${app.t.url}/finance/ledger`);
      const owed = page.getByRole('table', { name: 'Owed to organizers' });
      await owed
        .getByRole('link', { name: /^History of / })
        .first()
        .click();
      const organizerId = new URL(page.url()).searchParams.get('organizerId');
      expect(organizerId).toMatch(/^[0-9a-f-]{36}$/);
      const history = page.getByRole('table', { name: 'History of the organizer' });
      await history.getByRole('row').filter({ hasText: 'PaymentSucceeded' }).first().waitFor();
      // The demo organizer's history is longer than a page: "Load more" goes on after the last event.
      const rows = history.getByRole('row');
      const firstPage = await rows.count();
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('table[aria-label="History of the organizer"] tbody tr').length > count,
        firstPage - 1,
      );
      const positions = await history.locator('tbody tr td:first-child').allTextContents();
      const numbers = positions.map((text) => BigInt(text));
      expect(numbers).toEqual([...numbers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(positions).size).toBe(positions.length);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
