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
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'checkin-camera-'));
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('admits the ticket shown to the camera and counts it', async () => {
    t = await startBrowserApp();
    const { eventId } = await t.createEvent(organizer, { priceTiers: free, title: 'Camera Night' });
    await t.publish(eventId, organizer);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: {
        eventId,
        buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
        holds: [{ holdId: hold.body.holdId }],
      },
    });
    expect(placed.body).toMatchObject({ status: 'confirmed' });
    const tickets = await t.call('GET', `/api/bookings/${placed.body.bookingId}/tickets`, {
      as: people.attendee,
      headers: { 'x-min-position': placed.body.position },
    });
    const code = tickets.body.tickets[0].code as string;

    // The ticket's QR code as a still video, padded on white to a camera frame: Chromium's fake camera loops it.
    const png = join(dir, 'qr.png');
    const video = join(dir, 'qr.y4m');
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
    browser = await launch([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    const page = await signedInPage(browser, t.url, DEMO_PERSONAS.organizer.email);
    await page.goto(`${t.url}/organizer/events/${eventId}/check-in`);
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await page.getByText('0 of 2 checked in').waitFor();
    await page.getByRole('button', { name: 'Start camera' }).click();

    await page.getByText('Admitted', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByText('Ada Lovelace · General admission').waitFor();
    await page.getByText('1 of 2 checked in').waitFor({ timeout: 10_000 });
    const log = await t.call('GET', `/api/events/${eventId}/check-ins/summary`, { as: organizer });
    expect(log.body).toMatchObject({ checkedIn: 1, valid: 2 });
  });
});
