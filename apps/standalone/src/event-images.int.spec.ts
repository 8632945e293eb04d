import sharp from 'sharp';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('event images: upload, validate by content, serve', () => {
  let t: TestApp;
  let eventId: string;
  const upload = (
    body: Buffer,
    query = 'role=cover&alt=Harbour%20at%20dusk',
    as = people.organizer,
    type = 'image/jpeg',
  ) =>
    fetch(`${t.url}/api/events/${eventId}/images?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token(as)}`, 'content-type': type },
      body: new Uint8Array(body),
    });
  const problemOf = async (response: Response) => ({
    status: response.status,
    headers: response.headers,
    body: await response.json(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    ({ eventId } = await t.createEvent());
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores a cover with resized WebP variants, strips metadata, and serves them with long caching', async () => {
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#3366aa' } })
      .withExif({ IFD0: { Copyright: 'SECRET-GPS-MARKER' } })
      .jpeg()
      .toBuffer();
    const response = await upload(photo);
    expect(response.status).toBe(201);
    const { imageId, variants, position } = await response.json();
    expect(variants.map((v: { name: string; width: number }) => [v.name, v.width])).toEqual([
      ['thumb', 320],
      ['card', 800],
      ['full', 1600],
    ]);
    const served = await fetch(`${t.url}${variants[1].url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('SECRET-GPS-MARKER'))).toBe(false);
    const detail = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: { 'x-min-position': position },
    });
    expect(detail.body.cover).toMatchObject({ imageId, role: 'cover', alt: 'Harbour at dusk' });
  });

  it('refuses disguised, oversized and bomb uploads, and strangers, storing nothing', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(2000, 7)]);
    const disguised = await problemOf(await upload(elf));
    expectProblem(disguised, 415);
    const bomb = await sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#000000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expectProblem(await problemOf(await upload(bomb, 'role=gallery', people.organizer, 'image/png')), 422);
    expectProblem(await problemOf(await upload(Buffer.alloc(11 * 1024 * 1024, 1))), 413);
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer();
    expectProblem(await problemOf(await upload(png, 'role=gallery', people.otherOrganizer, 'image/png')), 403);
    expectProblem(await problemOf(await upload(png, 'role=poster', people.organizer, 'image/png')), 400);
    const detail = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: { 'x-min-position': (await t.call('GET', '/health')).body.checks.eventStore.head },
    });
    expect(detail.body.images).toHaveLength(1); // only the cover from the first test
  });
});
