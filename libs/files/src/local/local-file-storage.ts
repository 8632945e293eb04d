import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import {
  type FileStorage,
  InvalidKeyError,
  type PutFileOptions,
  type StoredFile,
  assertPutOptions,
  assertValidKey,
} from '../file-storage.port';

type Meta = Readonly<{ contentType: string; cacheControl?: string }>;

const META_SUFFIX = '.meta.json';

/**
 * Objects as files under one folder (`<root>/<key>`), their content type beside them in
 * `<key>.meta.json`. Each file is written to a temp file, synced and renamed into place, so a
 * reader never sees half a file. The sidecar is written last and removed first: it marks the
 * object as present. The ETag is a hash of the content, so it cannot disagree with the body.
 * Unlike S3, a key cannot also be the folder of other keys (`a` and `a/b`): that put is refused.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Buffer, options: PutFileOptions): Promise<{ etag: string }> {
    const path = this.pathOf(key);
    assertPutOptions(options);
    if (!Buffer.isBuffer(body)) throw new TypeError('body must be a Buffer');
    const meta: Meta = {
      contentType: options.contentType,
      ...(options.cacheControl !== undefined ? { cacheControl: options.cacheControl } : {}),
    };
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeAtomically(path, body);
      await writeAtomically(path + META_SUFFIX, Buffer.from(JSON.stringify(meta)));
    } catch (error) {
      if (isCode(error, 'EISDIR', 'ENOTDIR', 'EEXIST'))
        throw new InvalidKeyError(key, 'conflicts with an existing key (a key cannot also be a folder)');
      throw error;
    }
    return { etag: etagOf(body) };
  }

  async get(key: string): Promise<StoredFile | undefined> {
    const path = this.pathOf(key);
    const meta = await readIfFile(path + META_SUFFIX);
    const body = meta && (await readIfFile(path));
    if (!meta || !body) return undefined;
    const { contentType, cacheControl } = JSON.parse(meta.toString('utf8')) as Meta;
    return {
      body,
      contentType,
      etag: etagOf(body),
      size: body.length,
      ...(cacheControl !== undefined ? { cacheControl } : {}),
    };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path + META_SUFFIX, { force: true });
    await rm(path, { force: true }).catch((error: unknown) => {
      if (!isCode(error, 'EISDIR', 'ENOTDIR', 'ERR_FS_EISDIR')) throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    return (await isFile(path + META_SUFFIX)) && (await isFile(path));
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, ...key.split('/'));
    // Already impossible after assertValidKey; kept so a future change to the key rules cannot escape the root.
    if (!path.startsWith(this.root + sep)) throw new InvalidKeyError(key, 'escapes the storage folder');
    return path;
  }
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 40)}"`;
}

async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const temp = resolve(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isCode(error, 'ENOENT', 'EISDIR', 'ENOTDIR')) return undefined;
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isCode(error, 'ENOENT', 'ENOTDIR')) return false;
    throw error;
  }
}

function isCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && codes.includes(code);
}
