/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { qrPng } from '@booking/tickets';
import { type TestApp, people } from '../apps/standalone/src/testing/test-app';
import { chromiumAvailable, launch, signedInPage, startBrowserApp } from './browser';

/** The camera test feeds Chromium a video made by ffmpeg; without it the suite skips, except in CI. */
function ffmpegAvailable(): boolean {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    const message = 'ffmpeg not found; run npm run setup:tools (installs Debian’s ffmpeg)';
    if (process.env.REQUIRE_ALL_TOOLS === '1') throw new Error(message);
    console.warn(`SKIPPED: check-in camera test — ${message}`);
    return false;
  }
}

const run = chromiumAvailable() && ffmpegAvailable() ? describe : describe.skip;
const organizer = { userId: DEMO_PERSONAS.organizer.id, roles: [...DEMO_PERSONAS.organizer.roles] };
const free = [{ id: 'guest', name: 'Guest list', price: { amount: 0, currency: 'EUR' } }];

run('in the browser: the door scans a ticket’s QR code with the camera', () => {
  let t: TestApp;
  const browsers: Browser[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'checkin-camera-'));
  beforeAll(async () => {
    t = await startBrowserApp();
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A published free event of the demo organizer and a confirmed booking of two places: their codes. */
  const bookedEvent = async (title: string) => {
    const { eventId } = await t.createEvent(organizer, { priceTiers: free, title });
    await t.publish(eventId, organizer);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: {
        eventId,
        buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
        holds: [{ holdId: hold.body.holdId, attendeeNames: ['', 'Grace Hopper'] }],
      },
    });
    expect(placed.body).toMatchObject({ status: 'confirmed' });
    const tickets = await t.call('GET', `/api/bookings/${placed.body.bookingId}/tickets`, {
      as: people.attendee,
      headers: { 'x-min-position': placed.body.position },
    });
    return { eventId, codes: (tickets.body.tickets as { code: string }[]).map((ticket) => ticket.code) };
  };

  /**
   * The organizer's check-in page in a Chromium whose camera shows `code`: the QR code as a still
   * video made by ffmpeg, padded on white to a camera frame (the fake camera loops it).
   */
  const doorShowing = async (code: string, eventId: string) => {
    const png = join(dir, `${browsers.length}.png`);
    const video = join(dir, `${browsers.length}.y4m`);
    writeFileSync(png, await qrPng(code, 6));
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-loop',
      '1',
      '-i',
      png,
      '-t',
      '3',
      '-r',
      '5',
      '-vf',
      'pad=640:480:(ow-iw)/2:(oh-ih)/2:color=white',
      '-pix_fmt',
      'yuv420p',
      video,
    ]);
    const browser = await launch([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    browsers.push(browser);
    const page = await signedInPage(browser, t.url, DEMO_PERSONAS.organizer.email);
    await page.goto(`${t.url}/organizer/events/${eventId}/check-in`);
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await page.getByText('0 of 2 checked in').waitFor();
    return page;
  };

  it('admits the ticket shown to the camera and counts it', async () => {
    const { eventId, codes } = await bookedEvent('Camera Night');
    const page = await doorShowing(codes[0]!, eventId);
    await page.getByRole('button', { name: 'Start camera' }).click();

    await page.getByText('Admitted', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByText('Ada Lovelace · General admission').waitFor();
    await page.getByText('1 of 2 checked in').waitFor({ timeout: 10_000 });
    const summary = await t.call('GET', `/api/events/${eventId}/check-ins/summary`, { as: organizer });
    expect(summary.body).toMatchObject({ checkedIn: 1, valid: 2 });
  });

  it('checks a code offline on the device, uploads it when back online and shows the double use', async () => {
    const { eventId, codes } = await bookedEvent('Offline Night');
    const page = await doorShowing(codes[1]!, eventId);
    await page.getByText(/Keys and revocations synced/).waitFor();
    await page.getByLabel('Work offline').check({ force: true });
    await page.getByRole('button', { name: 'Start camera' }).click();
    await page.getByText('Admitted', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByText(/checked offline, will be uploaded/).waitFor();
    await page.getByText('1 scans waiting for upload.').waitFor();
    expect((await t.call('GET', `/api/events/${eventId}/check-ins/summary`, { as: organizer })).body).toMatchObject({
      checkedIn: 0,
    });

    // Meanwhile another door admits the same ticket online: its scan reaches the server first, but happened later.
    const elsewhere = await t.call('POST', `/api/events/${eventId}/check-ins`, {
      as: organizer,
      body: { code: codes[1], nonce: 'other-door-scan-1', gate: 'South' },
    });
    expect(elsewhere.body).toMatchObject({ status: 'admitted', attendeeName: 'Grace Hopper' });

    await page.getByLabel('Work offline').uncheck({ force: true });
    await page.getByText('Last upload: 1 scans, 1 double uses.').waitFor({ timeout: 10_000 });
    await page.getByText(/Grace Hopper \(.+\): also used at/).waitFor();
    await page.getByText('0 scans waiting for upload.').waitFor();
    await page.getByText('Double uses (1)').waitFor({ timeout: 10_000 }); // the counts, polled, show it too
    const summary = await t.call('GET', `/api/events/${eventId}/check-ins/summary`, { as: organizer });
    expect(summary.body).toMatchObject({
      checkedIn: 1,
      doubleUses: [{ admitted: true, first: { gate: 'Main entrance' }, second: { gate: 'South' } }],
    });
  });
});
