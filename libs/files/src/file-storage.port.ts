/**
 * The file storage port: whole objects by key. Adapters are chosen by configuration
 * (`createFileStorage`): a local folder (embedded default) or an S3-compatible bucket. Every
 * adapter validates keys the same way (`assertValidKey`) before touching anything.
 */
export type PutFileOptions = Readonly<{
  /** A MIME type such as `image/webp`; served as the Content-Type. */
  contentType: string;
  /** Kept with the object (S3 serves it; the media controller sets its own). */
  cacheControl?: string;
}>;

export type StoredFile = Readonly<{
  body: Buffer;
  contentType: string;
  /** A strong HTTP entity tag, quotes included (`"…"`); it changes whenever the content does. */
  etag: string;
  size: number;
  cacheControl?: string;
}>;

export interface FileStorage {
  /** Creates or replaces the object; readers see the old or the new content, never a part of it. */
  put(key: string, body: Buffer, options: PutFileOptions): Promise<{ etag: string }>;
  /** `undefined` when there is no such object. */
  get(key: string): Promise<StoredFile | undefined>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export const FILE_STORAGE = Symbol('FileStorage');

/** The key is not one this port accepts; nothing was read or written. */
export class InvalidKeyError extends Error {
  override readonly name = 'InvalidKeyError';
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid file key ${JSON.stringify(key.slice(0, 100))}: ${reason}`);
  }
}

const SEGMENT = /^[a-z0-9_-][a-z0-9._-]*$/;
export const MAX_KEY_LENGTH = 512;

/**
 * Keys are relative paths of `[a-z0-9._-]` segments joined by `/`: no absolute paths, no empty,
 * `.` or `..` segments. A segment may not start with `.` (the local adapter's temp files) or end
 * with `.meta.json` (its sidecars), so no key can address an adapter's own bookkeeping.
 */
export function assertValidKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key === '') throw new InvalidKeyError(String(key), 'must be a non-empty string');
  if (key.length > MAX_KEY_LENGTH) throw new InvalidKeyError(key, `is longer than ${MAX_KEY_LENGTH} characters`);
  if (key.startsWith('/')) throw new InvalidKeyError(key, 'must be relative');
  for (const segment of key.split('/')) {
    if (segment === '') throw new InvalidKeyError(key, 'has an empty segment');
    if (segment === '.' || segment === '..') throw new InvalidKeyError(key, 'must not contain . or .. segments');
    if (!SEGMENT.test(segment))
      throw new InvalidKeyError(key, 'segments use a-z, 0-9, ".", "_", "-" and must not start with "."');
    if (segment.endsWith('.meta.json')) throw new InvalidKeyError(key, 'must not end in .meta.json');
  }
}

// A type/subtype token pair with optional parameters; no control characters (header injection).
const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;[^\p{Cc}]*)?$/iu;
const CONTROL = /\p{Cc}/u;

export function assertPutOptions(options: PutFileOptions): void {
  if (typeof options?.contentType !== 'string' || !CONTENT_TYPE.test(options.contentType))
    throw new TypeError('contentType must be a MIME type such as image/webp');
  if (
    options.cacheControl !== undefined &&
    (typeof options.cacheControl !== 'string' || CONTROL.test(options.cacheControl))
  )
    throw new TypeError('cacheControl must be a header value without control characters');
}
