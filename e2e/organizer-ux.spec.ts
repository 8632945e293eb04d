import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, fillEventEssentials } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** How far the page reaches sideways: more than the viewport means a horizontal scrollbar (WCAG 1.4.10). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

run('in the browser: the organizer and admin pages', () => {
  const app = browserSuite();
  const title = 'Editor Flow Evening';
  const phone = { width: 320, height: 800 };

  it('a new event opens in its editor; the empty seating editor has nothing unsaved; after submission its plan stays in view', async () => {
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/new`);
    await organizer.getByLabel('Title').fill(title);
    await organizer.getByLabel('Category').selectOption('music');
    await fillEventEssentials(organizer, {
      startsAt: '2031-06-01T19:30',
      capacity: 100,
      venue: 'Harbour Hall',
      city: 'Porto',
      country: 'PT',
      price: '20',
    });
    await organizer.getByRole('button', { name: 'Create event' }).click();
    await organizer.getByRole('heading', { name: 'Edit event', level: 1 }).waitFor();
    expect(new URL(organizer.url()).pathname).toMatch(/^\/organizer\/events\/[0-9a-f-]{36}\/edit$/);
    const created = organizer.getByRole('status').filter({ hasText: 'Draft created' });
    await created.getByText(`“${title}” is saved as a draft.`, { exact: false }).waitFor();
    expect(await organizer.getByLabel('Title').inputValue()).toBe(title);

    await created.getByRole('link', { name: 'seating plan' }).click();
    await organizer.getByTestId('plan-capacity').getByText('Capacity: 0').waitFor();
    expect(await organizer.getByText('Unsaved changes').count()).toBe(0);
    const add = organizer.getByRole('form', { name: 'Add section' });
    await add.getByLabel('Section name').fill('Stalls');
    await add.getByRole('button', { name: 'Add section' }).click();
    await organizer.getByText('Unsaved changes').waitFor();
    await organizer.getByRole('button', { name: 'Save plan' }).click();
    await organizer.getByText(/^Saved: version \d+/).waitFor();
    expect(await organizer.getByText('Unsaved changes').count()).toBe(0);

    await organizer.goto(`${app.t.url}/organizer`);
    const item = organizer.getByRole('listitem').filter({ hasText: title });
    await item.getByRole('button', { name: 'Submit for approval' }).click();
    await item.getByText(/Awaiting approval/i).waitFor();
    await item.getByRole('link', { name: 'Seating plan' }).click();
    await organizer.getByText('Awaiting approval: the plan cannot be changed').waitFor();
    await organizer.getByRole('application', { name: /Seating plan of Editor Flow Evening/ }).waitFor();
    await organizer
      .getByTestId('plan-summary')
      .getByRole('row', { name: /Stalls Seated 200/ })
      .waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await organizer.context().close();
  });

  it('the seating editor reflows at 320 px: nothing reaches past the screen, the section switch included', async () => {
    const { eventId } = await app.t.createEvent(
      { userId: DEMO_PERSONAS.organizer.id, roles: DEMO_PERSONAS.organizer.roles },
      { title: 'Narrow Screen Night' },
    );
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email, phone);
    await organizer.goto(`${app.t.url}/organizer/events/${eventId}/seating`);
    const add = organizer.getByRole('form', { name: 'Add section' });
    await add.getByLabel('Section name').fill('Stalls');
    await add.getByRole('button', { name: 'Add section' }).click();
    await organizer.getByRole('table', { name: 'Rows of Stalls' }).waitFor(); // the rows table, with its hidden "Remove" header
    expect(await pageWidth(organizer)).toBeLessThanOrEqual(phone.width);
    // Each choice of the section kind shows its whole label inside the form (none cut off or spilling over).
    const kinds = add.getByRole('radiogroup');
    const formRight = await add.evaluate((form) => form.getBoundingClientRect().right);
    const labels = await kinds.locator('label').evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        right: el.getBoundingClientRect().right,
        cut: el.scrollWidth > el.clientWidth,
      })),
    );
    expect(labels.filter((l) => l.cut || l.right > formRight + 0.5)).toEqual([]);
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await organizer.context().close();
  });

  it('table captions name their tables from above', async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${app.t.url}/?q=jazz`);
    await page.getByRole('link', { name: 'Midnight Jazz Sessions' }).click();
    const prices = page.getByRole('table', { name: 'Prices' });
    await prices.waitFor();
    const caption = await prices.locator('caption').boundingBox();
    const head = await prices.locator('thead').boundingBox();
    expect(caption && head && caption.y + caption.height <= head.y).toBe(true);
    await page.context().close();
  });

  it('the security history reads as sentences, not event type names', async () => {
    const admin = await app.signedIn(DEMO_PERSONAS.admin.email);
    await admin.goto(`${app.t.url}/admin/users?q=ada`);
    await admin
      .getByRole('row', { name: new RegExp(DEMO_PERSONAS.attendee.email) })
      .getByRole('button', { name: 'Manage' })
      .click();
    const drawer = admin.getByRole('dialog');
    await drawer.getByRole('checkbox', { name: 'organizer' }).check();
    const history = drawer.getByRole('region', { name: 'Security history' });
    await history.getByText('Role granted: organizer by you').waitFor();
    expect(await history.getByText(/RoleGranted|AccountRegistered/).count()).toBe(0);
    await admin.context().close();
  });

  it('the main pages pass axe and fit a 320 px screen', async () => {
    const { eventId } = await app.t.createEvent(
      { userId: DEMO_PERSONAS.organizer.id, roles: DEMO_PERSONAS.organizer.roles },
      { title: 'Axe Narrow Night' },
    );
    const catalog = await (await app.browser.newContext({ viewport: phone })).newPage();
    await catalog.goto(app.t.url);
    await catalog.getByRole('article').first().waitFor();
    const pages: [Page, string, (p: Page) => Promise<void>][] = [
      [catalog, '/', (p) => p.getByRole('article').first().waitFor()],
    ];
    const attendee = await app.signedIn(DEMO_PERSONAS.attendee.email, phone);
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email, phone);
    const admin = await app.signedIn(DEMO_PERSONAS.admin.email, phone);
    await catalog.getByRole('link', { name: 'Midnight Jazz Sessions' }).click();
    const eventPath = new URL(catalog.url()).pathname;
    pages.push(
      [
        attendee,
        eventPath,
        (p) =>
          p
            .getByTestId('availability')
            .getByText(/Free: \d+/)
            .waitFor(),
      ],
      [attendee, '/holds', (p) => p.getByRole('heading', { name: 'My holds' }).waitFor()],
      [organizer, '/organizer', (p) => p.getByRole('list', { name: 'My events' }).waitFor()],
      [organizer, `/organizer/events/${eventId}/seating`, (p) => p.getByTestId('plan-capacity').waitFor()],
      [admin, '/admin/users', (p) => p.getByRole('table').waitFor()],
      [admin, '/admin/events', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      [organizer, `/organizer/events/${eventId}/orders`, (p) => p.getByText('No orders found.').waitFor()],
      [admin, '/admin/bookings', (p) => p.getByText(/^(No orders found|Showing)/).waitFor()],
      [
        admin,
        '/finance/ledger',
        (p) =>
          p
            .getByText(/Balanced: debits equal credits|No money has moved yet/)
            .first()
            .waitFor(),
      ],
      [
        admin,
        '/finance/reports',
        (p) =>
          p
            .getByText(/^(No sales in this period\.|Sales)$/)
            .first()
            .waitFor(),
      ],
      [
        organizer,
        '/organizer/reports',
        (p) =>
          p
            .getByText(/^(No sales in this period\.|Sales)$/)
            .first()
            .waitFor(),
      ],
    );
    const found: Record<string, unknown> = {};
    for (const [page, path, ready] of pages) {
      await page.goto(`${app.t.url}${path}`);
      await ready(page);
      const violations = await accessibilityViolations(page);
      const width = await pageWidth(page);
      if (violations.length > 0 || width > phone.width) found[path] = { violations, width };
    }
    expect(found).toEqual({});
    for (const page of [catalog, attendee, organizer, admin]) await page.context().close();
  });
});
