import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;
const persona = (who: 'attendee' | 'organizer' | 'admin') => ({
  userId: DEMO_PERSONAS[who].id,
  roles: DEMO_PERSONAS[who].roles,
});

run('in the browser: the waitlist of a sold-out event', () => {
  const app = browserSuite();

  it('lets an attendee join a sold-out event’s waitlist, see the offer of freed places and book it; the organizer sees the list', async () => {
    const { eventId } = await app.t.publishedEvent(3, persona('organizer'), {
      title: 'Waitlist Wonder Night',
      priceTiers: [{ id: 'guest', name: 'Guest list', price: { amount: 0, currency: 'EUR' } }],
    });
    // Someone else holds every place.
    const held = await app.t.call('POST', `/api/events/${eventId}/holds`, {
      as: persona('admin'),
      body: { quantity: 3 },
    });
    expect(held.status).toBe(201);

    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${app.t.url}/events/${eventId}`);
    const join = page.getByTestId('join-waitlist');
    await join.getByLabel('Places wanted').fill('2');
    await join.getByRole('button', { name: 'Join the waitlist' }).click();
    await page
      .getByTestId('waitlist-joined')
      .getByText(/number 1 in the queue/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'See my waitlist' }).click();
    await page.getByRole('heading', { level: 1, name: 'My waitlist' }).waitFor();
    const entry = page.getByTestId('waitlist-entry').filter({ hasText: 'Waitlist Wonder Night' });
    await entry.getByText('Number 1 in the queue').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The holder lets go: the places are offered to the attendee, who books them.
    const released = await app.t.call('DELETE', `/api/events/${eventId}/holds/${held.body.holdId}`, {
      as: persona('admin'),
    });
    expect(released.status).toBe(200);
    // Reload until the list shows the offer; each time, the list is read in full before looking
    // (a reload that has not rendered yet proves nothing).
    const offer = entry.getByRole('link', { name: /^Book the 2 places offered/ });
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.reload();
      await entry.getByText(/^(Waiting|Places offered)$/).waitFor();
      if ((await offer.count()) > 0) break;
      if (Date.now() > deadline) throw new Error('no offer shown within 30 s');
      await page.waitForTimeout(500);
    }
    await entry.getByText('Places offered').waitFor();
    await entry.getByRole('link', { name: /^Book the 2 places offered/ }).click();
    await page.getByRole('button', { name: 'Book and go to payment' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    await page.getByTestId('booking-status-panel').getByText('Confirmed').first().waitFor();

    // The organizer's view: who waited, and that the entry ended booked.
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/${eventId}/waitlist`);
    const row = organizer.getByTestId('waitlist-row').filter({ hasText: DEMO_PERSONAS.attendee.email });
    await row.getByText('Booked').waitFor();
    await organizer.getByTestId('waitlist-summary').getByText('Nobody is waiting.').waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);
  });
});
