import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, openFromNav } from './browser';
import { DEMO_ATTENDEE, payDemoBooking } from './demo-booking';

const run = chromiumAvailable() ? describe : describe.skip;

run(
  'in the browser: the buyer downloads an invoice, the organizer sets invoice details, finance lists invoices',
  () => {
    const app = browserSuite();
    let bookingId = '';
    let invoiceNumber = '';

    /** The demo attendee books a place of the demo organizer's gig with an invoice address and pays (through the API). */
    beforeAll(async () => {
      const { t } = app;
      const booked = await payDemoBooking(t, '4242424242424242', {
        invoiceAddress: {
          name: 'Ada Attendee',
          company: 'Engines Ltd',
          street: 'Main St 1',
          postalCode: '1000',
          city: 'Lisbon',
          country: 'PT',
        },
      });
      bookingId = booked.bookingId;
      const { paid } = booked;
      expect(paid.body.bookingStatus).toBe('confirmed');
    });

    it('shows the buyer the invoice on the booking page and saves its PDF', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
      await page.goto(`${app.t.url}/bookings/${bookingId}`);
      const section = page.getByRole('region', { name: 'Invoices' });
      const button = section.getByRole('button', { name: /^Download Invoice .+ \(PDF\)$/ });
      await button.waitFor({ timeout: 30_000 });
      invoiceNumber = /Invoice (\S+)/.exec((await button.textContent()) ?? '')![1]!;
      expect(await accessibilityViolations(page)).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`invoice-${invoiceNumber}.pdf`);
      await page.close();
    });

    it('takes an invoice address at checkout and prints it on the invoice of the paid booking', async () => {
      const { t } = app;
      const events = await t.call('GET', '/api/events?q=Midnight%20Jazz');
      const eventId = events.body.items.find((e: { title: string }) => e.title === 'Midnight Jazz Sessions').id;
      const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: DEMO_ATTENDEE, body: { quantity: 1 } });
      expect(hold.status).toBe(201);
      const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
      await page.goto(`${t.url}/events/${eventId}/checkout`);
      await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
      await page.getByRole('checkbox', { name: 'Put a company or another address on my invoice' }).check();
      await page.getByRole('textbox', { name: /^Company/ }).fill('Analytical Engines');
      await page.getByRole('textbox', { name: /^Street and number/ }).fill('Rua Nova 2');
      await page.getByRole('textbox', { name: /^Postal code/ }).fill('1100');
      await page.getByRole('textbox', { name: /^City/ }).fill('Lisbon');
      await page.getByRole('textbox', { name: /^Country code/ }).fill('pt');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Book and go to payment' }).click();
      await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
      const id = /\/bookings\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
      await page.getByLabel('Card number').fill('4242 4242 4242 4242');
      await page.getByRole('button', { name: /^Pay / }).click();
      await page
        .getByRole('region', { name: 'Invoices' })
        .getByRole('button', { name: /^Download Invoice/ })
        .waitFor();
      const invoices = await t.call('GET', `/api/bookings/${id}/invoices`, { as: DEMO_ATTENDEE });
      expect(invoices.body.items[0].buyer.address).toMatchObject({ company: 'Analytical Engines', country: 'PT' });
      await page.close();
    });

    it('lets the organizer save invoice settings and see the invoice in their list', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.organizer.email);
      await page.goto(`${app.t.url}/organizer`);
      await page.getByRole('button', { name: 'Invoices' }).click();
      await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
      await page.getByRole('textbox', { name: /^Seller name/ }).fill('Jazz Nights Ltd');
      await page.getByRole('textbox', { name: /^Seller address/ }).fill('Rua Augusta 1, Lisbon');
      await page.getByRole('textbox', { name: /^Default tax rate/ }).fill('23');
      await page.getByRole('textbox', { name: /^Tax rate per price tier/ }).fill('standard=6');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page
        .getByRole('table', { name: 'My invoices' })
        .getByRole('cell', { name: invoiceNumber, exact: true })
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    });

    it('shows finance every invoice, filtered by year, with its PDF', async () => {
      const page = await app.signedIn(DEMO_PERSONAS.finance.email);
      await page.goto(app.t.url);
      await openFromNav(page, 'Finance', 'Invoices');
      await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
      const table = page.getByRole('table', { name: 'All invoices' });
      const row = table.getByRole('row').filter({ hasText: invoiceNumber });
      await row.waitFor();
      await row.getByText('Engines Ltd').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('textbox', { name: 'Year' }).fill(invoiceNumber.split('-').at(-2)!);
      await page.getByRole('button', { name: 'Filter' }).click();
      await row.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: /^Download PDF of Invoice/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`invoice-${invoiceNumber}.pdf`);
      await page.setViewportSize({ width: 320, height: 740 });
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
