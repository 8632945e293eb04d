import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, openFromNav } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** The header's entries and the account menu, each as a box, and whether the page scrolls sideways. */
const headerLayout = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header');
    const nav = header?.querySelector('nav[aria-label="Main"]');
    const account = Array.from(header?.querySelectorAll('button') ?? []).find((b) =>
      /Account:/.test(b.textContent ?? ''),
    );
    const entries = Array.from(nav?.querySelectorAll('a, button') ?? []).map((el) => el.getBoundingClientRect());
    return {
      overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      lastEntryRight: Math.max(...entries.map((r) => r.right)),
      accountLeft: account?.getBoundingClientRect().left ?? Infinity,
      entries: entries.length,
      rows: new Set(entries.map((r) => Math.round(r.top))).size,
    };
  });

/**
 * Every role's header fits a desktop screen: the admin's many tools are grouped in menus
 * ("Finance", "Administration"), nothing scrolls sideways or runs under the account menu, and the
 * entries stay on one row; below the small breakpoint the drawer takes them.
 */
run('in the browser: the main navigation fits every role', () => {
  const app = browserSuite();

  it.each([
    ['attendee', 1200],
    ['organizer', 1200],
    ['finance', 1200],
    ['admin', 1200],
    ['admin', 1280],
  ] as const)('the %s’s header at %i px: one row beside the account menu', async (persona, width) => {
    const page = await app.signedIn(DEMO_PERSONAS[persona].email, { width, height: 800 });
    await page.goto(app.t.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).waitFor();
    const layout = await headerLayout(page);
    expect(layout.overflows).toBe(false);
    expect(layout.rows).toBe(1);
    expect(layout.lastEntryRight).toBeLessThanOrEqual(layout.accountLeft);
    await page.close();
  });

  it.each([1024, 768])(
    'below 1200 px (%i) the header offers the drawer instead, and nothing scrolls sideways',
    async (width) => {
      const page = await app.signedIn(DEMO_PERSONAS.admin.email, { width, height: 800 });
      await page.goto(app.t.url);
      await page.getByRole('button', { name: 'Open navigation' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      expect((await headerLayout(page)).overflows).toBe(false);
      await page.close();
    },
  );

  it('opens the admin’s tools from their menus, and the drawer lists them under each role at 375 px', async () => {
    const page = await app.signedIn(DEMO_PERSONAS.admin.email);
    await page.goto(app.t.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Finance' }).click();
    const finance = page.getByRole('group', { name: 'Finance' });
    await finance.getByRole('link', { name: 'Reconciliation' }).waitFor();
    expect(await nav.getByRole('button', { name: 'Finance' }).getAttribute('aria-expanded')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await finance.getByRole('link', { name: 'Reconciliation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reconciliation' }).waitFor();
    await finance.waitFor({ state: 'hidden' }); // the panel closed on the way
    await openFromNav(page, 'Administration', 'Approvals');
    await page.waitForURL(/\/admin\/events$/);
    await page.close();

    const phone = await app.signedIn(DEMO_PERSONAS.admin.email, { width: 375, height: 800 });
    await phone.goto(app.t.url);
    await phone.getByRole('button', { name: 'Open navigation' }).click();
    await phone
      .getByRole('dialog')
      .getByRole('group', { name: 'Finance' })
      .getByRole('link', { name: 'Ledger' })
      .click();
    await phone.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.close();
  });
});
