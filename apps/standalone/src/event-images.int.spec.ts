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

  it('replays a retried upload with the same Idempotency-Key instead of adding the image twice', async () => {
    const png = (colour: string) =>
      sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const own = (await t.createEvent()).eventId; // an event of its own: the other cases count images
    const send = (body: Buffer, key: string) =>
      fetch(`${t.url}/api/events/${own}/images?role=gallery&alt=Retried`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${t.token(people.organizer)}`,
          'content-type': 'image/png',
          'idempotency-key': key,
        },
        body: new Uint8Array(body),
      });
    const bytes = await png('#aa3366');
    const first = await send(bytes, 'upload-retry-1');
    expect(first.status).toBe(201);
    const retry = await send(bytes, 'upload-retry-1');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const firstBody = await first.json();
    expect((await retry.json()).imageId).toBe(firstBody.imageId);
    expectProblem(await problemOf(await send(await png('#33aa66'), 'upload-retry-1')), 422); // same key, other bytes
    const detail = await t.call('GET', `/api/events/${own}`, {
      as: people.organizer,
      headers: { 'x-min-position': firstBody.position },
    });
    expect(detail.body.images.filter((i: { alt: string }) => i.alt === 'Retried')).toHaveLength(1);
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
    expectProblem(await problemOf(await upload(png, 'role=gallery', people.otherOrganizer, 'image/png')), 404);
    expectProblem(await problemOf(await upload(png, 'role=poster', people.organizer, 'image/png')), 400);
    const detail = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: {
        'x-min-position': (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head,
      },
    });
    expect(detail.body.images).toHaveLength(1); // only the cover from the first test
  });
});

describe('event images: replace the cover, order the gallery, change alt text', () => {
  let t: TestApp;
  let eventId: string;
  const png = (color: string) =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
      .png()
      .toBuffer();
  async function upload(role: 'cover' | 'gallery', alt: string, color: string) {
    const response = await fetch(`${t.url}/api/events/${eventId}/images?role=${role}&alt=${encodeURIComponent(alt)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token(people.organizer)}`, 'content-type': 'image/png' },
      body: new Uint8Array(await png(color)),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { imageId: string; variants: { url: string }[]; position: string };
  }
  /** The event as its organizer sees it once the read side has caught up with the log. */
  async function detail() {
    const head = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    const response = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: { 'x-min-position': head },
    });
    return response.body as { cover?: { imageId: string }; images: { imageId: string; role: string; alt: string }[] };
  }
  const gallery = async () =>
    (await detail()).images.filter((i) => i.role === 'gallery').map((i) => `${i.imageId}:${i.alt}`);

  beforeAll(async () => {
    t = await startTestApp();
    ({ eventId } = await t.createEvent());
  });
  afterAll(async () => {
    await t.close();
  });

  it('replaces the cover and deletes the old one’s files', async () => {
    const first = await upload('cover', 'Old poster', '#112233');
    expect((await fetch(`${t.url}${first.variants[0].url}`)).status).toBe(200);
    const second = await upload('cover', 'New poster', '#445566');
    const shown = await detail();
    expect(shown.cover?.imageId).toBe(second.imageId);
    expect(shown.images.filter((i) => i.role === 'cover').map((i) => i.imageId)).toEqual([second.imageId]);
    expect((await fetch(`${t.url}${first.variants[0].url}`)).status).toBe(404);
    expect((await fetch(`${t.url}${second.variants[0].url}`)).status).toBe(200);
  });

  it('orders the gallery as asked and changes alt text; repeating either changes nothing', async () => {
    const a = (await upload('gallery', 'Stage', '#aa0000')).imageId;
    const b = (await upload('gallery', 'Crowd', '#00aa00')).imageId;
    const c = (await upload('gallery', 'Bar', '#0000aa')).imageId;
    expect(await gallery()).toEqual([`${a}:Stage`, `${b}:Crowd`, `${c}:Bar`]);

    const reorder = (imageIds: string[]) =>
      t.call('PUT', `/api/events/${eventId}/images/order`, { as: people.organizer, body: { imageIds } });
    const moved = await reorder([c, a, b]);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ eventId, imageIds: [c, a, b], changed: true, position: expect.any(String) });
    expect(moved.headers.get('x-position')).toBe(moved.body.position);
    expect(await gallery()).toEqual([`${c}:Bar`, `${a}:Stage`, `${b}:Crowd`]);
    expect((await reorder([c, a, b])).body.changed).toBe(false);

    const renamed = await t.call('PATCH', `/api/events/${eventId}/images/${a}`, {
      as: people.organizer,
      body: { alt: '  Main stage at dusk ' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ imageId: a, alt: 'Main stage at dusk', changed: true });
    expect(await gallery()).toEqual([`${c}:Bar`, `${a}:Main stage at dusk`, `${b}:Crowd`]);
    const same = await t.call('PATCH', `/api/events/${eventId}/images/${a}`, {
      as: people.organizer,
      body: { alt: 'Main stage at dusk' },
    });
    expect(same.body.changed).toBe(false);
  });

  it('refuses bad orders, bad alt text, strangers and unknown events with problem+json, changing nothing', async () => {
    const before = await detail();
    const ids = before.images.filter((i) => i.role === 'gallery').map((i) => i.imageId);
    const [first, second, third] = ids;
    const cover = before.cover!.imageId;
    const put = (body: unknown, as = people.organizer, id = eventId) =>
      t.call('PUT', `/api/events/${id}/images/order`, { as, body });
    const patch = (imageId: string, body: unknown, as = people.organizer) =>
      t.call('PATCH', `/api/events/${eventId}/images/${imageId}`, { as, body });

    const missing = await put({ imageIds: [third, first] });
    expectProblem(missing, 409);
    expect(missing.body).toMatchObject({ code: 'catalog.gallery-mismatch', currentImageIds: ids });
    expectProblem(await put({ imageIds: [third, second, first, cover] }), 409); // the cover is not in the gallery
    expectProblem(await put({ imageIds: [third, second, first, 'no-such-image'] }), 409);
    const repeated = await put({ imageIds: [first, first, second] });
    expectProblem(repeated, 422);
    expect(repeated.body.code).toBe('catalog.invalid-field');
    expectProblem(await put({ imageIds: 'abc' }), 400);
    expectProblem(await put({ imageIds: [1, 2, 3] }), 400);
    expectProblem(await put({ imageIds: Array.from({ length: 13 }, (_, n) => `x${n}`) }), 400);
    expectProblem(await put({ imageIds: [third, second, first], extra: true }), 400);
    expectProblem(await put({}), 400);
    expectProblem(await put({ imageIds: [third, second, first] }, people.otherOrganizer), 404);
    expectProblem(await put({ imageIds: [third, second, first] }, people.attendee), 403);
    expectProblem(await put({ imageIds: [] }, people.organizer, '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f'), 404);
    expectProblem(await put({ imageIds: [] }, people.organizer, 'not-a-uuid'), 400);

    expectProblem(await patch(first, { alt: '' }), 400);
    expectProblem(await patch(first, { alt: 'x'.repeat(201) }), 400);
    expectProblem(await patch(first, { alt: '    ' }), 422);
    expectProblem(await patch(first, {}), 400);
    expectProblem(await patch('no-such-image', { alt: 'Hello' }), 404);
    expectProblem(await patch(first, { alt: 'Not yours' }, people.otherOrganizer), 404);

    const { eventId: otherEvent } = await t.createEvent(people.otherOrganizer);
    expectProblem(await put({ imageIds: [] }, people.organizer, otherEvent), 404);
    expect(await detail()).toEqual(before);
  });

  it('lets an admin arrange anyone’s gallery, and nobody a cancelled event’s', async () => {
    const ids = (await detail()).images.filter((i) => i.role === 'gallery').map((i) => i.imageId);
    const reversed = [...ids].reverse();
    const byAdmin = await t.call('PUT', `/api/events/${eventId}/images/order`, {
      as: people.admin,
      body: { imageIds: reversed },
    });
    expect(byAdmin.status).toBe(200);
    const cancel = await t.call('POST', `/api/events/${eventId}/cancel`, {
      as: people.organizer,
      body: { reason: 'Venue flooded' },
    });
    expect(cancel.status).toBe(200);
    const late = await t.call('PUT', `/api/events/${eventId}/images/order`, {
      as: people.organizer,
      body: { imageIds: ids },
    });
    expectProblem(late, 409);
    expect(late.body.code).toBe('catalog.illegal-transition');
    expect((await detail()).images.filter((i) => i.role === 'gallery').map((i) => i.imageId)).toEqual(reversed);
  });
});
