import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { DEMO_PERSONAS } from '@booking/platform';
import { type Persona, people } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** Modals fade in: axe must see their final colours. */
const settled = (page: Page) =>
  page.waitForFunction(
    () => {
      const dialog = document.querySelector('[role="dialog"]');
      return dialog && getComputedStyle(dialog).opacity === '1' && document.getAnimations().length === 0;
    },
    undefined,
    { polling: 100 },
  );

/** Asks again until the answer is the expected one (the page updates after the server answers). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const photo = (width: number, height: number, color: string, format: 'jpeg' | 'png') => {
  const image = sharp({ create: { width, height, channels: 3, background: color } });
  return (format === 'jpeg' ? image.jpeg() : image.png()).toBuffer();
};

run('in the browser: an organizer manages event images, a visitor sees the hero and the gallery', () => {
  const app = browserSuite();
  let eventId: string;
  const title = 'Lighthouse Sessions';
  const organizer: Persona = { userId: DEMO_PERSONAS.organizer.id, roles: DEMO_PERSONAS.organizer.roles };
  const alts = ['Band on the harbour stage', 'Crowd at sunset', 'Lighthouse beam over the water'];

  beforeAll(async () => {
    ({ eventId } = await app.t.createEvent(organizer, { title }));
  });

  const { signedIn } = app;
  async function chooseAndUpload(
    page: Page,
    zone: string,
    file: { name: string; mimeType: string; buffer: Buffer },
    alt: string,
  ) {
    await page.getByLabel(`${zone}: image file`).setInputFiles(file);
    const form = page.getByRole('form', { name: zone });
    await form.getByRole('textbox', { name: 'Alt text' }).fill(alt);
    await form.getByRole('button', { name: 'Upload' }).click();
  }
  const galleryAlts = (page: Page) =>
    page
      .getByRole('list', { name: 'Gallery images in page order' })
      .getByRole('img')
      .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));

  it('uploads a cover and gallery images with alt text, reorders, removes, and shows refusals', async () => {
    const page = await signedIn(DEMO_PERSONAS.organizer.email);
    await page.goto(`${app.t.url}/organizer/events/${eventId}/edit`);
    await page.getByRole('heading', { name: 'Images' }).waitFor();

    // Cover: the alt text is required before anything is sent.
    const cover = { name: 'cover.jpg', mimeType: 'image/jpeg', buffer: await photo(2000, 1000, '#1d4e89', 'jpeg') };
    await page.getByLabel('Add a cover: image file').setInputFiles(cover);
    const coverForm = page.getByRole('form', { name: 'Add a cover' });
    await coverForm.getByRole('button', { name: 'Upload' }).click();
    await coverForm.getByText('Describe the image for people who cannot see it.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await coverForm.getByRole('textbox', { name: 'Alt text' }).fill('Harbour stage at night');
    await coverForm.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('status').filter({ hasText: 'Uploaded “Harbour stage at night”.' }).waitFor();
    await page.getByRole('img', { name: 'Harbour stage at night' }).waitFor();
    await page.getByText('Replace the cover').waitFor();

    // A file the browser's type check lets through but whose bytes are no image: the server's words are shown.
    const fake = {
      name: 'poster.png',
      mimeType: 'image/png',
      buffer: Buffer.from('#!/bin/sh\necho not an image\n'.repeat(40)),
    };
    await chooseAndUpload(page, 'Add a gallery image', fake, 'Poster');
    const refusal = page.getByRole('alert').filter({ hasText: 'The image was not added' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('The upload is not a JPEG, PNG, WebP, AVIF or GIF image');
    // And a file refused before upload: wrong type by name and declared type.
    await page.getByRole('button', { name: 'Choose another' }).click();
    await page.getByLabel('Add a gallery image: image file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await page.getByRole('alert').filter({ hasText: '“notes.txt” is not an image we accept' }).waitFor();

    const colors = ['#c0392b', '#27ae60', '#8e44ad'];
    for (const [index, alt] of alts.entries()) {
      const file = {
        name: `g${index}.png`,
        mimeType: 'image/png',
        buffer: await photo(1200, 800, colors[index], 'png'),
      };
      await chooseAndUpload(page, 'Add a gallery image', file, alt);
      await page
        .getByRole('status')
        .filter({ hasText: `Uploaded “${alt}”.` })
        .waitFor();
    }
    await page.getByRole('heading', { name: 'Gallery (3 of 12)' }).waitFor();
    expect(await galleryAlts(page)).toEqual(alts);

    // Reorder: the last image to the top, by keyboard-reachable buttons.
    await page.getByRole('button', { name: 'Move gallery image 3 up' }).click();
    // One move at a time, as a person would: the list re-renders (and saves) between the two.
    await page
      .getByRole('status')
      .filter({ hasText: `Moved “${alts[2]}” to position 2 of 3.` })
      .waitFor();
    await eventually(() => galleryAlts(page), [alts[0], alts[2], alts[1]]);
    await page.getByRole('button', { name: 'Move gallery image 2 up' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Moved “${alts[2]}” to position 1 of 3.` })
      .waitFor();
    await eventually(() => galleryAlts(page), [alts[2], alts[0], alts[1]]);

    // Remove the (now) last one, after confirming.
    await page.getByRole('button', { name: 'Remove gallery image 3' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this gallery image?' });
    await dialog.waitFor();
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Gallery (2 of 12)' }).waitFor();

    // What the page shows is what the server has, after a reload too.
    await page.reload();
    await eventually(() => galleryAlts(page), [alts[2], alts[0]]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Images' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-media-manager.png'), fullPage: true });
    const head = (await app.t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    const detail = await app.t.call('GET', `/api/events/${eventId}`, {
      headers: { 'x-min-position': head },
      as: organizer,
    });
    expect(detail.body.images.map((i: { role: string; alt: string }) => `${i.role}:${i.alt}`)).toEqual([
      'cover:Harbour stage at night',
      `gallery:${alts[2]}`,
      `gallery:${alts[0]}`,
    ]);
    await page.context().close();
  });

  it('shows the published event with a responsive hero and a keyboard-friendly lightbox', async () => {
    for (const [step, by] of [
      ['submit', organizer],
      ['approve', people.admin],
      ['publish', organizer],
    ] as const) {
      expect((await app.t.call('POST', `/api/events/${eventId}/${step}`, { as: by })).status).toBe(200);
    }
    const head = (await app.t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    await app.t.call('GET', `/api/events/${eventId}`, { headers: { 'x-min-position': head } });

    for (const look of [
      { viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
      { viewport: { width: 375, height: 740 }, colorScheme: 'dark' as const },
    ]) {
      const visitor = await (await app.browser.newContext(look)).newPage();
      await visitor.goto(`${app.t.url}/?q=lighthouse`);
      const card = visitor.getByRole('article').filter({ hasText: title });
      const cardImage = card.getByRole('img', { name: 'Harbour stage at night' });
      await cardImage.waitFor();
      expect(await cardImage.getAttribute('src')).toMatch(/\/thumb\.webp$/);
      await card.getByRole('link', { name: title }).click();

      const hero = visitor.getByRole('img', { name: 'Harbour stage at night' });
      await hero.waitFor();
      // The page may first paint the list's cover (thumb and card only) until the event's detail arrives.
      await eventually(async () => /full\.webp 1600w/.test((await hero.getAttribute('srcset')) ?? ''), true);
      expect(await hero.getAttribute('srcset')).toMatch(/thumb\.webp 320w, .*card\.webp 800w, .*full\.webp 1600w/);
      expect(await hero.getAttribute('sizes')).toBeTruthy();
      await eventually(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), true);
      expect(await accessibilityViolations(visitor)).toEqual([]);

      const gallery = visitor.getByRole('region', { name: 'Gallery' });
      const thumbs = gallery.getByRole('button');
      expect(
        await thumbs.evaluateAll((buttons) => buttons.map((b) => b.textContent || b.querySelector('img')?.alt)),
      ).toEqual([alts[2], alts[0]]);
      expect(await gallery.getByRole('img').first().getAttribute('loading')).toBe('lazy');

      await thumbs.first().click();
      const lightbox = visitor.getByRole('dialog', { name: 'Image 1 of 2' });
      await lightbox.waitFor();
      await lightbox.getByRole('img', { name: alts[2] }).waitFor();
      await settled(visitor);
      expect(await accessibilityViolations(visitor)).toEqual([]);
      await visitor.keyboard.press('ArrowRight');
      await visitor.getByRole('dialog', { name: 'Image 2 of 2' }).getByRole('img', { name: alts[0] }).waitFor();
      await visitor.keyboard.press('ArrowRight'); // wraps around
      await visitor.getByRole('dialog', { name: 'Image 1 of 2' }).waitFor();
      await visitor.keyboard.press('ArrowLeft');
      await visitor.getByRole('dialog', { name: 'Image 2 of 2' }).waitFor();
      await visitor.keyboard.press('Escape');
      await visitor.getByRole('dialog').waitFor({ state: 'detached' });
      // Focus goes back to the thumbnail that opened it.
      expect(await thumbs.first().evaluate((button) => button === document.activeElement)).toBe(true);
      await visitor.screenshot({ path: join(__dirname, '..', '.cache', `e2e-event-media-${look.colorScheme}.png`) });
      await visitor.context().close();
    }
  });
});
