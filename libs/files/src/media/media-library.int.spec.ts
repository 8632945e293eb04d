import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { FileStorage } from '../file-storage.port';
import { InvalidKeyError } from '../file-storage.port';
import { ImageRejectedError } from '../images/image-rejected.error';
import { elfExecutable, pngBomb, solid } from '../images/test-images';
import { LocalFileStorage } from '../local/local-file-storage';
import { IMMUTABLE_CACHE_CONTROL, MediaLibrary } from './media-library';

describe('MediaLibrary', () => {
  let root: string;
  let storage: LocalFileStorage;
  let ids: string[];
  const library = (over: FileStorage = storage) =>
    new MediaLibrary(over, { newId: () => ids.shift() ?? 'no-more-ids' });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'media-library-'));
    storage = new LocalFileStorage(root);
    ids = ['img-1', 'img-2'];
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const allFiles = async () => (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.webp')).sort();

  it('stores the three WebP variants under <owner>/<imageId>/ and reads them back', async () => {
    const stored = await library().storeImage('events/ev-42', await solid(1000, 500, 'jpeg'));
    expect(stored).toMatchObject({ imageId: 'img-1', width: 1000, height: 500, format: 'jpeg' });
    expect(stored.variants).toEqual([
      {
        name: 'thumb',
        key: 'events/ev-42/img-1/thumb.webp',
        url: '/media/events/ev-42/img-1/thumb.webp',
        width: 320,
        height: 160,
      },
      {
        name: 'card',
        key: 'events/ev-42/img-1/card.webp',
        url: '/media/events/ev-42/img-1/card.webp',
        width: 800,
        height: 400,
      },
      {
        name: 'full',
        key: 'events/ev-42/img-1/full.webp',
        url: '/media/events/ev-42/img-1/full.webp',
        width: 1000,
        height: 500,
      },
    ]);
    const card = await library().read('events/ev-42/img-1/card.webp');
    expect(card).toMatchObject({ contentType: 'image/webp', cacheControl: IMMUTABLE_CACHE_CONTROL });
    expect(await sharp(card!.body).metadata()).toMatchObject({ format: 'webp', width: 800, height: 400 });
    // Kept in the media namespace of the storage, so /media/* cannot reach other files.
    expect(await storage.exists('media/events/ev-42/img-1/card.webp')).toBe(true);
  });

  it('gives each upload its own id, so keys are never reused', async () => {
    const lib = library();
    const first = await lib.storeImage('events/ev-1', await solid(50, 50, 'png'));
    const second = await lib.storeImage('events/ev-1', await solid(50, 50, 'png'));
    expect(first.imageId).not.toBe(second.imageId);
    expect(await allFiles()).toHaveLength(6);
  });

  it.each([
    ['a disguised executable', elfExecutable, 'media.unsupported-type'],
    ['a decompression bomb', pngBomb, 'media.too-many-pixels'],
  ] as const)('rejects %s and writes nothing', async (_what, make, code) => {
    await expect(library().storeImage('events/ev-1', await make())).rejects.toMatchObject({ code });
    await expect(library().storeImage('events/ev-1', await make())).rejects.toBeInstanceOf(ImageRejectedError);
    expect(await allFiles()).toEqual([]);
  });

  it('refuses an owner prefix that is not a valid key', async () => {
    const png = await solid(10, 10, 'png');
    for (const bad of ['../etc', '/events/1', 'Events/1', 'events//1'])
      await expect(library().storeImage(bad, png)).rejects.toBeInstanceOf(InvalidKeyError);
    expect(await allFiles()).toEqual([]);
  });

  it('removes what it wrote when the storage fails half-way', async () => {
    let puts = 0;
    const failing: FileStorage = {
      put: (key, body, options) =>
        ++puts === 2 ? Promise.reject(new Error('disk full')) : storage.put(key, body, options),
      get: (key) => storage.get(key),
      delete: (key) => storage.delete(key),
      exists: (key) => storage.exists(key),
    };
    await expect(library(failing).storeImage('events/ev-1', await solid(10, 10, 'png'))).rejects.toThrow('disk full');
    expect(await allFiles()).toEqual([]);
  });

  it('reads nothing for missing or invalid keys, and deletes an image with all its variants', async () => {
    const lib = library();
    expect(await lib.read('events/ev-1/nope/card.webp')).toBeUndefined();
    expect(await lib.read('../secrets')).toBeUndefined();
    await lib.storeImage('events/ev-1', await solid(10, 10, 'png'));
    await lib.deleteImage('events/ev-1', 'img-1');
    expect(await allFiles()).toEqual([]);
    await expect(lib.deleteImage('events/ev-1', 'img-1')).resolves.toBeUndefined();
  });
});
