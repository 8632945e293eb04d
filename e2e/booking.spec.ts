import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PERSONAS, ManualClock } from '@booking/platform';
import { gridRows, type SeatingPlan } from '@booking/domain';
import { ExpireBookings } from '@booking/projector';
import { type TestApp, people, startTestApp } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, browserSuite, chromiumAvailable, launch, signedInPage } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** Nothing wider than the viewport: the page works on a 320 px phone without sideways scrolling. */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

run('in the browser: hold, check out, pay (declined, then paid), see the booking', () => {
  const suite = browserSuite();

  it('books held seats, shows a declined card, confirms with the good one, and lists the booking', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(suite.t.url);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Sign in as attendee' }).click();
    await page.getByRole('button', { name: /Account:/ }).waitFor();

    const card = page.getByRole('article').filter({ hasText: 'Midnight Jazz Sessions' });
    await card.getByRole('link', { name: 'Midnight Jazz Sessions' }).click();
    await page.getByTestId('availability').getByText('Free: 450').waitFor();
    await page.getByLabel('Number of seats').fill('2');
    await page.getByRole('button', { name: 'Hold seats' }).click();
    await page.getByRole('link', { name: 'Check out now' }).click();

    // Checkout: the hold's places, the buyer prefilled from the account, optional attendee names.
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Name/ }).inputValue()).not.toBe('');
    expect(await page.getByRole('textbox', { name: /^E-mail/ }).inputValue()).toMatch(/@/);
    await page.getByLabel('Attendee name for Place 1 (optional)').fill('Ada Lovelace');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    expect(await overflowsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-checkout-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Book and go to payment' }).click();

    // The booking: pending, two tickets priced by the server, a deadline.
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const status = page.getByTestId('booking-status-panel');
    await status.getByText('Awaiting payment').first().waitFor();
    // The checkout's button is gone: the focus starts on the booking's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByTestId('tickets').getByRole('listitem').count()).toBe(2);
    await page.getByTestId('tickets').getByText('Ada Lovelace', { exact: false }).waitFor();
    expect(await page.getByTestId('booking-total').textContent()).toMatch(/\d/);
    await page
      .getByTestId('payment-deadline')
      .getByText(/Pay by/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-booking-pending-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The declining test card: the provider's reason, and the form stays for another try.
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page
      .getByTestId('payment-declined')
      .getByText(/declined by the card issuer/)
      .waitFor();
    await status.getByText('Awaiting payment').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // After a reload the reason still shows: it comes from the booking's last payment.
    await page.reload();
    await page
      .getByTestId('payment-declined')
      .getByText(/declined by the card issuer/)
      .waitFor();

    await page.getByLabel('Card number').fill('4242424242424242');
    await page.getByRole('button', { name: /^Pay / }).click();
    await status.getByText('Confirmed').first().waitFor();
    await page.getByRole('heading', { name: 'Your tickets' }).waitFor();
    expect(await page.getByLabel('Card number').count()).toBe(0);
    expect(await page.getByTestId('tickets').getByRole('listitem').count()).toBe(2);
    // Each ticket's entry pass: the QR code (named by its place) and the signed code as text.
    const codes = page.getByTestId('ticket-codes');
    await codes.getByRole('img', { name: /^QR code for .+, Ada Lovelace$/ }).waitFor();
    expect(await codes.getByRole('img', { name: /^QR code for / }).count()).toBe(2);
    expect(
      await codes
        .getByRole('img')
        .first()
        .evaluate((img) => (img as HTMLImageElement).naturalWidth > 0),
    ).toBe(true);
    expect(await codes.getByTestId('ticket-code').allTextContents()).toEqual([
      expect.stringMatching(/^[A-Z2-7]{135}$/),
      expect.stringMatching(/^[A-Z2-7]{135}$/),
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The files need the bearer token: fetched, then saved.
    const saved = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
    };
    const pdf = await saved('Download tickets (PDF)');
    expect(pdf.name).toMatch(/^tickets-[0-9A-F]{8}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const ics = await saved('Add to calendar (.ics)');
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.bytes.toString('utf8')).toContain('BEGIN:VCALENDAR');
    const bookingUrl = page.url();

    // My bookings, from the navigation: the event, upcoming, confirmed, linking back.
    await page.getByRole('link', { name: 'My bookings' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const entry = upcoming.getByRole('listitem').filter({ hasText: 'Midnight Jazz Sessions' });
    await entry.getByText('Confirmed').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await entry.getByRole('link', { name: /Midnight Jazz Sessions/ }).click();
    await page.waitForURL(bookingUrl);
    await page.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-booking.png') });

    // A phone: the booking and the list fit 320 px and stay accessible.
    await page.setViewportSize({ width: 320, height: 740 });
    await status.getByText('Confirmed').first().waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${suite.t.url}/me/bookings`);
    await page.getByRole('region', { name: 'Upcoming' }).getByText('Confirmed').first().waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await context.close();
  });

  it('books seats of a seating plan: the seats are named at checkout and on the tickets; a card without funds is declined', async () => {
    const { eventId } = await suite.t.createEvent(people.organizer, {
      title: 'Seated Booking Night',
      capacity: 24,
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2550, currency: 'EUR' } }],
    });
    const plan: SeatingPlan = {
      sections: [
        {
          id: 'stalls',
          name: 'Stalls',
          kind: 'seated',
          priceTierId: 'standard',
          placement: { x: 0, y: 0 },
          shape: { type: 'straight' },
          rows: gridRows({ rows: 3, seatsPerRow: 8 }),
        },
      ],
    };
    const put = await suite.t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan });
    expect(put.status).toBe(200);
    await suite.t.publish(eventId);

    const page = await suite.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${suite.t.url}/events/${eventId}`);
    await page.getByText('Best available', { exact: true }).click();
    await page.getByLabel('Number of seats').fill('2');
    await page.getByRole('button', { name: 'Hold seats' }).click();
    await page.getByRole('link', { name: 'Check out now' }).click();

    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    const seatNames = page.getByRole('textbox', { name: /^Attendee name for Stalls, row \w+, seat \d+ \(optional\)$/ });
    await seatNames.first().waitFor();
    expect(await seatNames.count()).toBe(2);
    expect(await page.getByLabel(/^Price tier/).count()).toBe(0); // the plan decides the tier
    await page.getByRole('button', { name: 'Book and go to payment' }).click();

    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const tickets = page.getByTestId('tickets');
    await tickets
      .getByText(/^Stalls, row \w+, seat \d+$/)
      .first()
      .waitFor();
    expect(await tickets.getByText('€25.50').count()).toBe(2);
    await page.getByTestId('booking-total').getByText('€51.00').waitFor();

    await page.getByLabel('Card number').fill('4000000000009995');
    await page.getByRole('button', { name: 'Pay €51.00' }).click();
    await page
      .getByTestId('payment-declined')
      .getByText(/insufficient funds/)
      .waitFor();
    await page.getByTestId('booking-status-panel').getByText('Awaiting payment').waitFor();
    await page.context().close();
  });

  it('cancels one ticket, then the booking, each after a dialog showing the refund', async () => {
    const { eventId } = await suite.t.createEvent(people.organizer, {
      title: 'Cancellable Night',
      capacity: 8,
      refundPolicy: 'any-time',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2550, currency: 'EUR' } }],
    });
    const plan: SeatingPlan = {
      sections: [
        {
          id: 'stalls',
          name: 'Stalls',
          kind: 'seated',
          priceTierId: 'standard',
          placement: { x: 0, y: 0 },
          shape: { type: 'straight' },
          rows: gridRows({ rows: 1, seatsPerRow: 8 }),
        },
      ],
    };
    expect(
      (await suite.t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan })).status,
    ).toBe(200);
    await suite.t.publish(eventId);

    const page = await suite.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${suite.t.url}/events/${eventId}`);
    await page.getByText('Best available', { exact: true }).click();
    await page.getByLabel('Number of seats').fill('2');
    await page.getByRole('button', { name: 'Hold seats' }).click();
    await page.getByRole('link', { name: 'Check out now' }).click();
    await page.getByRole('button', { name: 'Book and go to payment' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    await page.getByLabel('Card number').fill('4242424242424242');
    await page.getByRole('button', { name: 'Pay €51.00' }).click();
    const status = page.getByTestId('booking-status-panel');
    await status.getByText('Confirmed').first().waitFor();

    // One ticket: the dialog quotes its price back, and the ticket shows as cancelled.
    await page
      .getByRole('button', { name: /^Cancel ticket / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByTestId('refund-quote')
      .getByText(/You will get back €25\.50/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel ticket' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('tickets').getByText('Cancelled').waitFor();
    await status.getByText(/A refund of €25\.50 was requested/).waitFor();
    await status.getByText('Confirmed').first().waitFor();

    // The rest: the booking is cancelled, a second refund requested.
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await dialog
      .getByTestId('refund-quote')
      .getByText(/You will get back €25\.50/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel booking' }).click();
    await status.getByText('You cancelled this booking.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await status.getByTestId('refund-requested').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Cancel booking' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

run('in the browser: a booking not paid by its deadline', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({
      clock,
      env: { DEMO_MODE: 'true', COOKIE_SECURE: 'false', WEB_DIST: join(__dirname, '..', 'web', 'dist') },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows it expired, with the reason and no payment form, on its page and under My bookings', async () => {
    const { eventId } = await t.publishedEvent(10, people.organizer, { title: 'Unpaid Matinee' });
    const page = await signedInPage(browser, t.url, DEMO_PERSONAS.attendee.email);
    await page.goto(`${t.url}/events/${eventId}`);
    await page.getByLabel('Number of seats').fill('1');
    await page.getByRole('button', { name: 'Hold seats' }).click();
    await page.getByRole('link', { name: 'Check out now' }).click();
    await page.getByRole('button', { name: 'Book and go to payment' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const status = page.getByTestId('booking-status-panel');
    await status.getByText('Awaiting payment').waitFor();

    clock.advance(15 * 60 * 1000); // the payment window
    const sweeper = t.app.get(ExpireBookings, { strict: false });
    while ((await sweeper.sweep()) > 0);
    await page.reload();
    await status.getByText('Expired').waitFor();
    await status.getByText('Not paid by the payment deadline').waitFor();
    expect(await page.getByLabel('Card number').count()).toBe(0);
    expect(await page.getByTestId('payment-deadline').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${t.url}/me/bookings`);
    await page.getByRole('tab', { name: 'Cancelled' }).click(); // expired bookings are listed with the cancelled
    await page.getByRole('listitem').filter({ hasText: 'Unpaid Matinee' }).getByText('Expired').waitFor();
    await page.context().close();
  });
});
