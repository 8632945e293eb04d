import sharp from 'sharp';
import { ImageRejectedError } from './image-rejected.error';
import { processImage } from './process-image';
import {
  EXIF_MARKER,
  elfExecutable,
  jpegWithExif,
  peExecutable,
  pngBomb,
  pngDeclaring,
  solid,
  svgWithScript,
} from './test-images';

async function rejectionOf(promise: Promise<unknown>): Promise<ImageRejectedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return error as ImageRejectedError;
}

describe('processImage', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'gif'] as const)('accepts %s, detected by content', async (format) => {
    const result = await processImage(await solid(40, 30, format));
    expect(result).toMatchObject({ format, width: 40, height: 30 });
    expect(result.variants.map((v) => v.name)).toEqual(['thumb', 'card', 'full']);
  });

  it('renders WebP variants 320, 800 and 1600 wide, keeping the aspect ratio', async () => {
    const result = await processImage(await solid(2000, 1000, 'png'));
    expect(result.variants.map(({ name, width, height }) => ({ name, width, height }))).toEqual([
      { name: 'thumb', width: 320, height: 160 },
      { name: 'card', width: 800, height: 400 },
      { name: 'full', width: 1600, height: 800 },
    ]);
    for (const variant of result.variants) {
      expect(variant.contentType).toBe('image/webp');
      const decoded = await sharp(variant.body).metadata();
      expect(decoded).toMatchObject({ format: 'webp', width: variant.width, height: variant.height });
    }
  });

  it('never upscales: a small image keeps its size in every variant', async () => {
    const result = await processImage(await solid(500, 250, 'jpeg'));
    expect(result.variants.map((v) => [v.name, v.width, v.height])).toEqual([
      ['thumb', 320, 160],
      ['card', 500, 250],
      ['full', 500, 250],
    ]);
  });

  it('turns the image upright by its EXIF orientation and strips all metadata (EXIF, GPS)', async () => {
    const input = await jpegWithExif();
    expect(input.includes(EXIF_MARKER)).toBe(true); // the fixture really carries it
    expect((await sharp(input).metadata()).orientation).toBe(6);

    const result = await processImage(input);
    expect(result).toMatchObject({ width: 32, height: 64, format: 'jpeg' });
    for (const variant of result.variants) {
      expect([variant.width, variant.height]).toEqual([32, 64]);
      expect(variant.body.includes(EXIF_MARKER)).toBe(false);
      expect(variant.body.includes('Exif')).toBe(false);
      const meta = await sharp(variant.body).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });

  it.each([
    ['a Linux executable renamed .jpg', elfExecutable],
    ['a Windows executable renamed .jpg', peExecutable],
    ['a text file renamed .jpg', () => Buffer.from('just some text, honestly a photo\n'.repeat(20))],
    ['an HTML page', () => Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['an SVG (can carry scripts)', svgWithScript],
    ['a TIFF', () => solid(10, 10, 'tiff')],
    ['an empty upload', () => Buffer.alloc(0)],
  ])('rejects %s as media.unsupported-type', async (_what, make) => {
    const error = await rejectionOf(processImage(await make()));
    expect(error.code).toBe('media.unsupported-type');
    expect(error.status).toBe(415);
  });

  it('rejects an upload over the byte limit before decoding it (default 10 MB)', async () => {
    const big = Buffer.concat([await solid(10, 10, 'png'), Buffer.alloc(10 * 1024 * 1024)]);
    const error = await rejectionOf(processImage(big));
    expect(error).toMatchObject({ code: 'media.too-large', status: 413 });
    expect(error.message).toContain('10 MB');
    const small = await solid(100, 100, 'png');
    await expect(processImage(small, { maxBytes: small.length - 1 })).rejects.toMatchObject({
      code: 'media.too-large',
    });
  });

  it('rejects a decompression bomb: a few KB of PNG that decodes to 48 megapixels', async () => {
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(20_000);
    const error = await rejectionOf(processImage(bomb));
    expect(error).toMatchObject({ code: 'media.too-many-pixels', status: 422 });
  });

  it('rejects a PNG that declares 30000×30000 pixels from its header alone', async () => {
    const declared = pngDeclaring(30_000, 30_000);
    expect(declared.length).toBeLessThan(100_000);
    await expect(processImage(declared)).rejects.toMatchObject({ code: 'media.too-many-pixels' });
  });

  it('applies a custom pixel limit', async () => {
    await expect(processImage(await solid(50, 50, 'png'), { maxPixels: 2000 })).rejects.toMatchObject({
      code: 'media.too-many-pixels',
    });
    await expect(processImage(await solid(40, 50, 'png'), { maxPixels: 2000 })).resolves.toBeDefined();
  });

  it('rejects a truncated image as media.unreadable', async () => {
    const jpeg = await solid(300, 200, 'jpeg');
    const error = await rejectionOf(processImage(jpeg.subarray(0, Math.floor(jpeg.length / 2))));
    expect(error).toMatchObject({ code: 'media.unreadable', status: 422 });
  });
});
