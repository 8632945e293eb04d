import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, fillEventEssentials } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: an organizer drafts and submits, an admin approves, the organizer publishes', () => {
  const app = browserSuite();
  const title = 'Tidal Orchestra Night';

  const { signedIn } = app;
  const item = (page: Page) => page.getByRole('listitem').filter({ hasText: title });

  it('goes from draft to the public catalog through review, and shows the admin what changed on a re-submission', async () => {
    const organizer = await signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/new`);
    await organizer.getByLabel('Title').fill(title);
    await organizer.getByLabel('Category').selectOption('music');
    await fillEventEssentials(organizer, {
      startsAt: '2031-03-01T19:30',
      capacity: 250,
      venue: 'Harbour Hall',
      city: 'Porto',
      country: 'PT',
      price: '25.50',
    });
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await organizer.getByRole('button', { name: 'Create event' }).click();
    await organizer.getByRole('heading', { name: 'Edit event', level: 1 }).waitFor(); // the new draft opens
    await organizer.goto(`${app.t.url}/organizer`);
    await item(organizer).getByRole('button', { name: 'Submit for approval' }).click();
    await item(organizer)
      .getByText(/Awaiting approval/i)
      .waitFor();

    const admin = await signedIn(DEMO_PERSONAS.admin.email);
    await admin.goto(`${app.t.url}/admin/events`);
    await item(admin)
      .getByText(/First review/)
      .waitFor();
    await item(admin).getByRole('button', { name: 'Approve' }).click();
    await item(admin).waitFor({ state: 'detached' });

    // An edit after approval sends the event back to review; the admin then sees what changed.
    await organizer.reload();
    const href = await item(organizer).getByRole('link', { name: title }).getAttribute('href');
    const eventId = href!.split('/').pop()!;
    await organizer.goto(`${app.t.url}/organizer/events/${eventId}/edit`);
    await organizer.getByLabel('Venue city').fill('Lisbon');
    await organizer
      .getByLabel(/^Price\b/)
      .last()
      .fill('30');
    await organizer.getByRole('textbox', { name: 'Tags' }).fill('jazz');
    await organizer.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await organizer.getByRole('button', { name: 'Save changes' }).click();
    await organizer.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await organizer.goto(`${app.t.url}/organizer`);
    await item(organizer).getByRole('button', { name: 'Submit for approval' }).click();
    await item(organizer)
      .getByText(/Awaiting approval/i)
      .waitFor();

    await admin.reload();
    const changes = admin.getByRole('table', { name: `Changes to “${title}” since the approved version` });
    await changes.waitFor();
    const row = (field: string) =>
      changes.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: field }) });
    await row('Venue city').getByRole('cell', { name: 'Porto' }).waitFor();
    await row('Venue city').getByRole('cell', { name: 'Lisbon' }).waitFor();
    await row('Price tiers').getByText('Standard: €25.50').waitFor();
    await row('Price tiers').getByText('Standard: €30.00').waitFor();
    expect(await row('Tags').getByRole('cell').allTextContents()).toEqual(['None', 'jazzAdded:jazz']);
    expect(await changes.getByRole('rowheader').allTextContents()).toEqual(['Venue city', 'Price tiers', 'Tags']);
    expect(await accessibilityViolations(admin)).toEqual([]);
    await item(admin).getByRole('button', { name: 'Approve' }).click();
    await item(admin).waitFor({ state: 'detached' });

    await organizer.reload();
    await item(organizer).getByRole('button', { name: 'Publish' }).click();
    await item(organizer)
      .getByText(/Published/i)
      .first()
      .waitFor();

    const visitor = await (await app.browser.newContext()).newPage();
    await visitor.goto(`${app.t.url}/?q=tidal`);
    await visitor.getByRole('article').filter({ hasText: title }).waitFor();
    await visitor.getByRole('link', { name: title }).click();
    await visitor.getByText('€30.00').first().waitFor();
  });
});
