import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStorageContract } from '../contract/file-storage.contract';
import { InvalidKeyError } from '../file-storage.port';
import { LocalFileStorage } from './local-file-storage';

fileStorageContract('local folder', async () => {
  const root = await mkdtemp(join(tmpdir(), 'files-contract-'));
  return { storage: new LocalFileStorage(root), close: () => rm(root, { recursive: true, force: true }) };
});

describe('LocalFileStorage beyond the contract', () => {
  let root: string;
  let storage: LocalFileStorage;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'files-local-'));
    storage = new LocalFileStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('lays an object out as the file itself plus a .meta.json sidecar, leaving no temp files', async () => {
    await storage.put('events/ev-1/a.webp', Buffer.from('img'), { contentType: 'image/webp' });
    await storage.put('events/ev-1/a.webp', Buffer.from('img2'), { contentType: 'image/webp' });
    expect((await readdir(join(root, 'events/ev-1'))).sort()).toEqual(['a.webp', 'a.webp.meta.json']);
  });

  it('treats a body without its sidecar (a put cut short) as absent', async () => {
    await writeFile(join(root, 'orphan.png'), 'half');
    expect(await storage.exists('orphan.png')).toBe(false);
    expect(await storage.get('orphan.png')).toBeUndefined();
  });

  it('refuses a key that would also have to be a folder, with a typed error', async () => {
    await storage.put('a/b.png', Buffer.from('x'), { contentType: 'image/png' });
    await expect(storage.put('a', Buffer.from('y'), { contentType: 'image/png' })).rejects.toBeInstanceOf(
      InvalidKeyError,
    );
    await expect(storage.put('a/b.png/c', Buffer.from('y'), { contentType: 'image/png' })).rejects.toBeInstanceOf(
      InvalidKeyError,
    );
    expect(await storage.get('a')).toBeUndefined();
    expect(await storage.exists('a')).toBe(false);
    await storage.delete('a');
    expect((await storage.get('a/b.png'))?.body.toString()).toBe('x');
  });
});
