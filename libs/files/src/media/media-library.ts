import { type FileStorage, type StoredFile, assertValidKey } from '../file-storage.port';
import {
  type ImageFormat,
  type ImageLimits,
  IMAGE_VARIANTS,
  type VariantName,
  processImage,
} from '../images/process-image';

/** Every variant is written once under a fresh id and never changed: caches may keep it for a year. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Where media live inside the file storage, so `GET /media/*` can never reach other files kept there. */
export const MEDIA_NAMESPACE = 'media';
/** The public path media are served under (`MediaController`). */
export const MEDIA_URL_PREFIX = '/media/';

export type StoredVariant = Readonly<{
  name: VariantName;
  /** The media key (`events/<eventId>/<imageId>/card.webp`): what `read` takes and the URL ends with. */
  key: string;
  /** `/media/<key>`, relative to the public origin. */
  url: string;
  width: number;
  height: number;
}>;
export type StoredImage = Readonly<{
  imageId: string;
  width: number;
  height: number;
  format: ImageFormat;
  variants: StoredVariant[];
}>;

export type MediaLibraryOptions = Readonly<{ newId: () => string; limits?: Partial<ImageLimits> }>;

const IMAGE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Stores uploaded images as resized WebP variants and reads them back. An upload that is not an
 * acceptable image throws ImageRejectedError before anything is written; if writing fails half-way,
 * what was written is removed again.
 */
export class MediaLibrary {
  constructor(
    private readonly storage: FileStorage,
    private readonly options: MediaLibraryOptions,
  ) {}

  /** `ownerPrefix` is a key prefix such as `events/<eventId>`; the caller has checked ownership. */
  async storeImage(ownerPrefix: string, upload: Buffer): Promise<StoredImage> {
    assertValidKey(ownerPrefix);
    const processed = await processImage(upload, this.options.limits);
    const imageId = this.options.newId().toLowerCase();
    if (!IMAGE_ID.test(imageId)) throw new Error(`The id function gave an unusable image id: ${imageId}`);
    const written: string[] = [];
    try {
      const variants: StoredVariant[] = [];
      for (const variant of processed.variants) {
        const key = variantKey(ownerPrefix, imageId, variant.name);
        await this.storage.put(storageKey(key), variant.body, {
          contentType: variant.contentType,
          cacheControl: IMMUTABLE_CACHE_CONTROL,
        });
        written.push(key);
        variants.push({
          name: variant.name,
          key,
          url: MEDIA_URL_PREFIX + key,
          width: variant.width,
          height: variant.height,
        });
      }
      return { imageId, width: processed.width, height: processed.height, format: processed.format, variants };
    } catch (error) {
      await Promise.allSettled(written.map((key) => this.storage.delete(storageKey(key))));
      throw error;
    }
  }

  /** A stored variant by its media key; undefined when missing (or not a valid key). */
  async read(key: string): Promise<StoredFile | undefined> {
    if (!isValidKey(key)) return undefined;
    return this.storage.get(storageKey(key));
  }

  /** Removes every variant of one image; removing an unknown image is not an error. */
  async deleteImage(ownerPrefix: string, imageId: string): Promise<void> {
    assertValidKey(`${ownerPrefix}/${imageId}`);
    await Promise.all(
      IMAGE_VARIANTS.map(({ name }) => this.storage.delete(storageKey(variantKey(ownerPrefix, imageId, name)))),
    );
  }
}

export const variantKey = (ownerPrefix: string, imageId: string, name: VariantName) =>
  `${ownerPrefix}/${imageId}/${name}.webp`;

const storageKey = (mediaKey: string) => `${MEDIA_NAMESPACE}/${mediaKey}`;

function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}
