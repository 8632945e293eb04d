import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;
const DAY = 86_400_000;
const persona = (who: 'attendee' | 'organizer') => ({
  userId: DEMO_PERSONAS[who].id,
  roles: DEMO_PERSONAS[who].roles,
});

run('in the browser: sales rules buyers can see', () => {
  const app = browserSuite();

  it('shows "On sale from …" instead of the hold form before sales open', async () => {
    const opensAt = new Date(Date.now() + 30 * DAY).toISOString();
    const closesAt = new Date(Date.now() + 40 * DAY).toISOString();
    const { eventId } = await app.t.publishedEvent(20, persona('organizer'), {
      title: 'Springtime Window Gala',
      startsAt: new Date(Date.now() + 50 * DAY).toISOString(),
      salesWindow: { opensAt, closesAt },
    });
    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${app.t.url}/?q=springtime+window`);
    const card = page.getByRole('article').filter({ hasText: 'Springtime Window Gala' });
    await card.getByText(/^On sale from /).waitFor();
    await page.goto(`${app.t.url}/events/${eventId}`);
    await page
      .getByRole('status')
      .filter({ hasText: /^On sale from / })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Hold seats' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets the organizer set a per-buyer limit that the event page then states', async () => {
    const { eventId } = await app.t.createEvent(persona('organizer'), { title: 'Limited Edition Night' });
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/${eventId}/edit`);
    await organizer.getByLabel('Max tickets per buyer').fill('6');
    expect(await accessibilityViolations(organizer)).toEqual([]);
    // A draft saves itself a moment after the change.
    await organizer.getByText('Saved', { exact: true }).waitFor();
    await app.t.publish(eventId, persona('organizer'));
    await organizer.goto(`${app.t.url}/events/${eventId}`);
    await organizer.getByText('At most 6 tickets per buyer, over all orders.').waitFor();
  });

  it('loads more of My holds when there are more than a page', async () => {
    const { eventId } = await app.t.publishedEvent(100, persona('organizer'), { title: 'Many Holds Matinee' });
    for (let i = 0; i < 55; i++) {
      const held = await app.t.call('POST', `/api/events/${eventId}/holds`, {
        as: persona('attendee'),
        body: { quantity: 1 },
      });
      expect(held.status).toBe(201);
    }
    const page = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await page.goto(`${app.t.url}/holds`);
    const holds = page.getByRole('article').filter({ hasText: 'Many Holds Matinee' });
    await page.getByText('Showing 50 of 55 holds').waitFor();
    expect(await holds.count()).toBe(50);
    await page.getByRole('button', { name: 'Load more holds' }).click();
    await page.getByRole('button', { name: 'Load more holds' }).waitFor({ state: 'detached' });
    expect(await holds.count()).toBe(55);
  });
});
