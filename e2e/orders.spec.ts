import { bookingNumber } from '@booking/tickets';
import { readFile } from 'node:fs/promises';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, openFromNav } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: orders for the organizer, bookings for the admin, tabs for the attendee', () => {
  const app = browserSuite();
  const attendee = { userId: DEMO_PERSONAS.attendee.id, roles: DEMO_PERSONAS.attendee.roles };
  let bookingId = '';

  /** The demo attendee books two places of the demo organizer's gig and pays (through the API: the booking journey has its own spec). */
  beforeAll(async () => {
    const { t } = app;
    const events = await t.call('GET', '/api/events?q=Midnight%20Jazz');
    const eventId = events.body.items.find((e: { title: string }) => e.title === 'Midnight Jazz Sessions').id;
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: attendee, body: { quantity: 2 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: attendee,
      body: {
        eventId,
        buyer: { name: 'Ada Attendee', email: DEMO_PERSONAS.attendee.email },
        holds: [{ holdId: hold.body.holdId, tierId: 'standard', attendeeNames: ['Grace Guest'] }],
      },
    });
    if (placed.status !== 201) throw new Error(`${hold.status} ${JSON.stringify(hold.body)} ${placed.text}`);
    bookingId = placed.body.bookingId;
    const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: attendee,
      body: { cardNumber: '4242424242424242' },
    });
    expect(paid.body.bookingStatus).toBe('confirmed');
  });

  it('shows the organizer the sales and orders of an event, searches them, resends tickets and downloads the CSV', async () => {
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer`);
    await organizer
      .getByRole('listitem')
      .filter({ hasText: 'Midnight Jazz Sessions' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await organizer.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    const sales = organizer.getByRole('region', { name: 'Sales' });
    await sales.getByText('Tickets sold').waitFor();
    const table = organizer.getByRole('table');
    const row = table.getByRole('row').filter({ hasText: 'Grace Guest' });
    await row.getByText('Confirmed').waitFor();
    await row.getByText(DEMO_PERSONAS.attendee.email).waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);

    await row.getByRole('button', { name: 'Resend tickets' }).click();
    await row.getByText('Tickets mailed again.').waitFor();

    await organizer.getByLabel('Search orders').fill('nobody-by-that-name');
    await organizer.getByText('No orders found.').waitFor();
    expect(new URL(organizer.url()).searchParams.get('q')).toBe('nobody-by-that-name');
    await organizer.getByLabel('Search orders').fill('grace');
    await table.getByRole('row').filter({ hasText: 'Grace Guest' }).waitFor();

    const [download] = await Promise.all([
      organizer.waitForEvent('download'),
      organizer.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^orders-[0-9a-f]{8}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe('booking number,status,buyer,email,attendee,seat,section,tier,price,booked at');
    expect(csv).toContain('Grace Guest');

    // The organizer cancels another buyer's paid order: a reason, a full refund, the places back on sale.
    const { t } = app;
    const carl = { userId: '0190e000-0000-7000-8000-0000000000c1', roles: ['attendee' as const] };
    const events = await t.call('GET', '/api/events?q=Midnight%20Jazz');
    const eventId = events.body.items.find((e: { title: string }) => e.title === 'Midnight Jazz Sessions').id;
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: carl, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: carl,
      body: {
        eventId,
        buyer: { name: 'Carl Cancel', email: 'carl@example.com' },
        holds: [{ holdId: hold.body.holdId, tierId: 'standard' }],
      },
    });
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: carl,
      body: { cardNumber: '4242424242424242' },
    });
    expect(paid.body.bookingStatus).toBe('confirmed');
    await organizer.getByLabel('Search orders').fill('carl');
    const carlsRow = table.getByRole('row').filter({ hasText: 'Carl Cancel' });
    await carlsRow.getByText('Confirmed').waitFor();
    await carlsRow.getByRole('button', { name: `Cancel order ${bookingNumber(placed.body.bookingId)}` }).click();
    const dialog = organizer.getByRole('dialog');
    await dialog.getByRole('textbox').fill('The band cancelled this seating');
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel order' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await carlsRow.getByText('Cancelled').waitFor();
    const booking = await t.call('GET', `/api/bookings/${placed.body.bookingId}`, { as: carl });
    expect(booking.body).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'organizer',
      refunds: [expect.objectContaining({ amount: paid.body.amount })],
    });
    await organizer.context().close();
  });

  it('lists every booking for the admin', async () => {
    const admin = await app.signedIn(DEMO_PERSONAS.admin.email);
    await openFromNav(admin, 'Administration', 'Bookings');
    await admin.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
    await admin
      .getByRole('row')
      .filter({ hasText: 'Midnight Jazz Sessions' })
      .getByRole('link', { name: bookingNumber(bookingId) })
      .waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.context().close();
  });

  it('splits My bookings into upcoming, past and cancelled tabs', async () => {
    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${app.t.url}/me/bookings`);
    await page
      .getByRole('region', { name: 'Upcoming' })
      .getByText('Midnight Jazz Sessions', { exact: false })
      .waitFor();
    await page.getByRole('tab', { name: 'Past' }).click();
    // The demo seed's event that is over, whose door checked the demo attendee's tickets in.
    await page.getByRole('tabpanel', { name: 'Past' }).getByText('Lantern Festival Walk', { exact: false }).waitFor();
    await page.getByRole('tab', { name: 'Cancelled' }).click();
    // The demo seed's free booking on the event it cancels.
    await page.getByRole('tabpanel', { name: 'Cancelled' }).getByText('Harbour Regatta', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the organizer the door of the seeded event that is over: its tickets checked in', async () => {
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer`);
    await organizer
      .getByRole('listitem')
      .filter({ hasText: 'Lantern Festival Walk' })
      .getByRole('link', { name: 'Check-in' })
      .click();
    await organizer.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await organizer.getByText('4 of 5 checked in').waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await organizer.context().close();
  });
});
