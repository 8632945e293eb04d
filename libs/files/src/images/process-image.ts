import sharp, { type Metadata } from 'sharp';
import { ImageRejectedError } from './image-rejected.error';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
export const ACCEPTED_IMAGE_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'webp', 'avif', 'gif'];

export type ImageLimits = Readonly<{
  /** Largest upload in bytes. */
  maxBytes: number;
  /** Largest width × height, checked from the header before decoding (decompression bombs). */
  maxPixels: number;
}>;
export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };

export type VariantName = 'thumb' | 'card' | 'full';
/** Widths of the WebP variants; an image narrower than one keeps its own width (never upscaled). */
export const IMAGE_VARIANTS: readonly Readonly<{ name: VariantName; width: number }>[] = [
  { name: 'thumb', width: 320 },
  { name: 'card', width: 800 },
  { name: 'full', width: 1600 },
];

export type ImageVariant = Readonly<{
  name: VariantName;
  width: number;
  height: number;
  contentType: 'image/webp';
  body: Buffer;
}>;
export type ProcessedImage = Readonly<{
  /** Of the upload, upright (after EXIF orientation). */
  width: number;
  height: number;
  /** What the content is, whatever the upload was called. */
  format: ImageFormat;
  variants: ImageVariant[];
}>;

/**
 * Validates an upload by its content and renders the WebP variants. The output carries no
 * metadata at all (EXIF with GPS, XMP, ICC: sharp strips it unless told to keep it) and is
 * converted to sRGB and turned upright first. Of an animated GIF or WebP, the first frame.
 */
export async function processImage(input: Buffer, limits: Partial<ImageLimits> = {}): Promise<ProcessedImage> {
  const { maxBytes, maxPixels } = { ...DEFAULT_IMAGE_LIMITS, ...limits };
  if (!Buffer.isBuffer(input) || input.length === 0)
    throw new ImageRejectedError('media.unsupported-type', 'The upload is empty');
  if (input.length > maxBytes)
    throw new ImageRejectedError('media.too-large', `Images may be at most ${formatBytes(maxBytes)}`);

  const metadata = await readMetadata(input, maxPixels);
  const format = acceptedFormat(metadata);
  const { width = 0, height = 0 } = metadata;
  if (width * height > maxPixels) throw tooManyPixels(maxPixels);

  try {
    const upright = sharp(input, { limitInputPixels: maxPixels }).autoOrient();
    // One variant after another: a 40-megapixel decode is ~160 MB, not worth tripling per upload.
    const variants: ImageVariant[] = [];
    for (const { name, width: target } of IMAGE_VARIANTS) {
      const { data, info } = await upright
        .clone()
        .resize({ width: target, withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ name, width: info.width, height: info.height, contentType: 'image/webp', body: data });
    }
    const turned = (metadata.orientation ?? 1) >= 5; // EXIF 5–8 swap width and height
    return { width: turned ? height : width, height: turned ? width : height, format, variants };
  } catch (error) {
    throw rejection(error, maxPixels);
  }
}

async function readMetadata(input: Buffer, maxPixels: number): Promise<Metadata> {
  try {
    return await sharp(input, { limitInputPixels: maxPixels }).metadata();
  } catch (error) {
    throw rejection(error, maxPixels);
  }
}

function acceptedFormat(metadata: Metadata): ImageFormat {
  const format = metadata.format as string | undefined;
  // libvips reports AVIF as heif; HEIC (compression hevc) is heif too and is not accepted.
  if (format === 'heif' && metadata.compression === 'av1') return 'avif';
  if (format !== 'heif' && ACCEPTED_IMAGE_FORMATS.includes(format as ImageFormat)) return format as ImageFormat;
  throw unsupported();
}

function rejection(error: unknown, maxPixels: number): ImageRejectedError {
  if (error instanceof ImageRejectedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/exceeds pixel limit/i.test(message)) return tooManyPixels(maxPixels);
  if (/unsupported image format/i.test(message)) return unsupported();
  return new ImageRejectedError('media.unreadable', 'The image is damaged or truncated and cannot be read');
}

const unsupported = () =>
  new ImageRejectedError('media.unsupported-type', 'The upload is not a JPEG, PNG, WebP, AVIF or GIF image');
const tooManyPixels = (maxPixels: number) =>
  new ImageRejectedError(
    'media.too-many-pixels',
    `Images may have at most ${(maxPixels / 1_000_000).toLocaleString('en')} megapixels`,
  );

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('en')} MB` : `${bytes} bytes`;
}
