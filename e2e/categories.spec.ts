import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, fillEventEssentials, openFromNav } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: an admin manages categories, an organizer picks one and gets tag suggestions', () => {
  const app = browserSuite();
  const title = 'Sunday Swing Brunch';

  const signedIn = (email: string, width = 1280) => app.signedIn(email, { width, height: 900 });
  const categoryItem = (page: Page, label: string) =>
    page.getByRole('list', { name: 'Categories' }).getByRole('listitem').filter({ hasText: label });

  it('adds, renames and retires categories; the organizer form and the catalog follow', async () => {
    const admin = await signedIn(DEMO_PERSONAS.admin.email);
    await openFromNav(admin, 'Administration', 'Categories');
    await admin.getByRole('heading', { name: 'Categories', level: 1 }).waitFor();
    await categoryItem(admin, 'Theatre').waitFor();

    // Mistakes show next to their inputs, and a duplicate slug comes back from the server.
    await admin.getByLabel(/^Label/).fill('Jazz brunch');
    await admin.getByLabel(/^Slug/).fill('Jazz Brunch');
    await admin.getByRole('button', { name: 'Add category' }).click();
    await admin.getByText(/a lowercase letter first/).waitFor();
    await admin.getByLabel(/^Slug/).fill('music');
    await admin.getByRole('button', { name: 'Add category' }).click();
    await admin.getByText(/A category "music" exists already/).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.getByLabel(/^Slug/).fill('jazz-brunch');
    await admin.getByRole('button', { name: 'Add category' }).click();
    await admin.getByRole('status').filter({ hasText: '“Jazz brunch” added' }).waitFor();
    await categoryItem(admin, 'jazz-brunch').waitFor();

    await categoryItem(admin, 'jazz-brunch').getByRole('button', { name: 'Rename Jazz brunch' }).click();
    await admin.getByLabel('New label for jazz-brunch').fill('Jazz & brunch');
    await admin.getByRole('button', { name: 'Save' }).click();
    await categoryItem(admin, 'Jazz & brunch').waitFor();

    await categoryItem(admin, 'Film').getByRole('button', { name: 'Retire Film' }).click();
    await categoryItem(admin, 'Film').getByText('Retired').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    // Small screens: the page still works (no horizontal scrolling).
    await admin.setViewportSize({ width: 375, height: 800 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const organizer = await signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/new`);
    const category = organizer.getByLabel('Category');
    await category.locator('option', { hasText: 'Jazz & brunch' }).waitFor({ state: 'attached' });
    const options = await category.locator('option').allTextContents();
    expect(options).not.toContain('Film');
    await category.selectOption({ label: 'Jazz & brunch' });

    await organizer.getByLabel('Title').fill(title);
    // The demo events are tagged with their category and city: typing "lo" suggests "london".
    const tags = organizer.getByRole('textbox', { name: 'Tags' });
    await tags.fill('lo');
    const suggestion = organizer.getByRole('option', { name: /^london/ });
    await suggestion.waitFor();
    for (const text of await organizer.getByRole('listbox').getByRole('option').allTextContents())
      expect(text).toMatch(/^lo/);
    expect(await suggestion.textContent()).toMatch(/london \(\d+ events?\)/);
    await suggestion.click();
    await organizer.getByText('london', { exact: true }).waitFor();
    await fillEventEssentials(organizer, {
      startsAt: '2031-05-04T11:00',
      capacity: 80,
      venue: 'Riverside Café',
      city: 'Lisbon',
      country: 'PT',
      price: '18',
    });
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await organizer.getByRole('button', { name: 'Create event' }).click();
    await organizer.getByRole('heading', { name: 'Edit event', level: 1 }).waitFor(); // the new draft opens
    await organizer.goto(`${app.t.url}/organizer`);
    const item = organizer.getByRole('listitem').filter({ hasText: title });
    await item.waitFor();

    const saved = await app.t.call('GET', '/api/organizer/events', {
      as: { userId: DEMO_PERSONAS.organizer.id, roles: ['organizer'] },
    });
    expect(saved.body.items.find((e: { title: string }) => e.title === title)).toMatchObject({
      category: 'jazz-brunch',
      tags: ['london'],
    });

    // The public filter bar offers the new category by its label, and not the retired one.
    const visitor = await (await app.browser.newContext()).newPage();
    await visitor.goto(app.t.url);
    const filter = visitor.getByRole('search').getByLabel('Category');
    await filter.locator('option', { hasText: 'Jazz & brunch' }).waitFor({ state: 'attached' });
    // Film events published before the retirement still show, under their label.
    await visitor.getByRole('article').first().waitFor();
    expect(await visitor.getByText('Film', { exact: true }).count()).toBeGreaterThan(0);
  });
});
