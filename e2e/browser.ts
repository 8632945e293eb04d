/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { DEMO_PASSWORD } from '@booking/platform';
import { type TestApp, startTestApp } from '../apps/standalone/src/testing/test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests need Debian's Chromium; without it they skip with a notice, except in CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}; run npm run setup:tools (installs Debian's chromium)`;
  if (process.env.REQUIRE_ALL_TOOLS === '1') throw new Error(message);
  console.warn(`SKIPPED: browser tests — ${message}`);
  return false;
}

/** `extraArgs`: more Chromium switches (the check-in spec's fake camera). */
export function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

const axeSource = readFileSync(join(__dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical WCAG A/AA violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Judge the page at rest: a dialog still fading in has text at partial opacity (low contrast).
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  await page.evaluate(axeSource); // evaluated over DevTools: the page's CSP rightly refuses inline scripts
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

/** The standalone app for browser tests: demo mode, the built SPA, cookies over plain http. */
export function startBrowserApp(): Promise<TestApp> {
  return startTestApp({
    env: { DEMO_MODE: 'true', COOKIE_SECURE: 'false', WEB_DIST: join(__dirname, '..', 'web', 'dist') },
  });
}

/** Opens a role's tool from the header: its group's button ("Finance", "Administration"), then the link. */
export async function openFromNav(page: Page, group: string, item: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: group }).click();
  await page.getByRole('group', { name: group }).getByRole('link', { name: item, exact: true }).click();
}

/** A new page signed in through the login form with a demo persona's e-mail. */
export async function signedInPage(
  browser: Browser,
  url: string,
  email: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('button', { name: /Account:/ }).waitFor();
  return page;
}

/** Fills what the organizer's new-event form needs after title and category (Create is not pressed). */
export async function fillEventEssentials(
  page: Page,
  event: { startsAt: string; capacity: number; venue: string; city: string; country: string; price: string },
): Promise<void> {
  await page.getByLabel('Starts at').fill(event.startsAt);
  await page.getByLabel('Capacity (seats)').fill(String(event.capacity));
  await page.getByLabel('Venue name').fill(event.venue);
  await page.getByLabel('Venue city').fill(event.city);
  await page.getByLabel('Venue country code').fill(event.country);
  await page.getByLabel('Price tier name').fill('Standard');
  await page
    .getByLabel(/^Price\b/)
    .last()
    .fill(event.price);
}

/**
 * The app and Chromium for one suite (call inside `describe`): started before its tests, stopped
 * after them. `t` and `browser` are there from the suite's first test on.
 */
export function browserSuite(): {
  readonly t: TestApp;
  readonly browser: Browser;
  signedIn: (email: string, viewport?: { width: number; height: number }) => Promise<Page>;
} {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    t = await startBrowserApp();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  const started = () => {
    if (!t || !browser) throw new Error('browserSuite: the app and browser start in beforeAll');
    return { t, browser };
  };
  return {
    get t() {
      return started().t;
    },
    get browser() {
      return started().browser;
    },
    signedIn: (email, viewport) => signedInPage(started().browser, started().t.url, email, viewport),
  };
}
