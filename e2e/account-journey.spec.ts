import { join } from 'node:path';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: sign up, verify from the dev mailbox, log in, see sessions, log out', () => {
  const app = browserSuite();

  it('walks the whole account journey', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const email = 'eve.journey@example.com';
    const password = 'violet kites over dunes';

    await page.goto(`${app.t.url}/signup`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByLabel('Display name').fill('Eve');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();

    await page.goto(`${app.t.url}/dev/mailbox`);
    await page
      .getByRole('button', { name: /Confirm your e-mail address/ })
      .first()
      .click();
    await page.getByRole('link', { name: /\/verify-email\?token=/ }).click();
    await page.getByText('Your e-mail address is verified').waitFor();

    await page.goto(`${app.t.url}/login`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('button', { name: /Account:/ }).waitFor();
    expect(await context.cookies()).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'refresh_token', httpOnly: true, sameSite: 'Strict' })]),
    );

    // A reload keeps the session: the access token lives in memory and comes back through the refresh cookie.
    await page.goto(`${app.t.url}/account/sessions`);
    await page.getByText('This device').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-sessions.png') });

    await page.getByRole('button', { name: /Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Log in' }).waitFor(); // still signed out: the session really ended
    await context.close();
  });
});
