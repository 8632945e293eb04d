import { randomBytes } from 'node:crypto';
import { type FileStorage, InvalidKeyError } from '../file-storage.port';

export type FileStorageHarness = Readonly<{ storage: FileStorage; close?: () => Promise<void> }>;

export const INVALID_KEYS = [
  '',
  '/abs/path.png',
  '../escape.png',
  'a/../../escape.png',
  'a/./b.png',
  'a//b.png',
  'a/b/',
  'Upper.png',
  'space name.png',
  'back\\slash.png',
  'a/.hidden',
  'nul\u0000.png',
  'new\nline.png',
  'caf\u00e9.png',
  'x.meta.json',
  'k'.repeat(513),
];

/** What every FileStorage adapter must do: keep whole objects by key, byte for byte, or refuse the key. */
export function fileStorageContract(name: string, open: () => Promise<FileStorageHarness>): void {
  describe(`FileStorage contract: ${name}`, () => {
    let harness: FileStorageHarness | undefined;
    const storage = () => {
      if (harness === undefined) throw new Error('harness not open');
      return harness.storage;
    };
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      await harness?.close?.();
    });

    // Each test its own prefix, so adapters that share a bucket between tests stay independent.
    let prefix = 0;
    const key = (rest: string) => `t${++prefix}-${Date.now().toString(36)}/${rest}`;

    it('round-trips binary data byte for byte with its content type and size', async () => {
      const body = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(300_000)]);
      const k = key('events/ev-1/cover.bin');
      const { etag } = await storage().put(k, body, { contentType: 'application/octet-stream' });
      const got = await storage().get(k);
      expect(got).toBeDefined();
      expect(got!.body.equals(body)).toBe(true);
      expect(got!.size).toBe(body.length);
      expect(got!.contentType).toBe('application/octet-stream');
      expect(got!.etag).toBe(etag);
      expect(got!.etag).toMatch(/^"[^"]+"$/);
    });

    it('keeps the content type and cache control given at put', async () => {
      const k = key('img/a_b-c.1.webp');
      await storage().put(k, Buffer.from('RIFF....WEBP'), {
        contentType: 'image/webp',
        cacheControl: 'public, max-age=31536000, immutable',
      });
      const got = await storage().get(k);
      expect(got).toMatchObject({ contentType: 'image/webp', cacheControl: 'public, max-age=31536000, immutable' });
    });

    it('stores an empty object', async () => {
      const k = key('empty.txt');
      await storage().put(k, Buffer.alloc(0), { contentType: 'text/plain' });
      const got = await storage().get(k);
      expect(got?.size).toBe(0);
      expect(got?.body.length).toBe(0);
      expect(await storage().exists(k)).toBe(true);
    });

    it('overwrites: the new body and content type replace the old, and the etag changes', async () => {
      const k = key('over.dat');
      const first = await storage().put(k, Buffer.from('first version'), { contentType: 'text/plain' });
      const before = await storage().get(k);
      const second = await storage().put(k, Buffer.from([1, 2, 3]), { contentType: 'image/png' });
      const after = await storage().get(k);
      expect(after?.body).toEqual(Buffer.from([1, 2, 3]));
      expect(after?.contentType).toBe('image/png');
      expect(after?.size).toBe(3);
      expect(second.etag).not.toBe(first.etag);
      expect(after?.etag).not.toBe(before?.etag);
      expect(after?.etag).toBe(second.etag);
    });

    it('answers undefined and false for a key never written', async () => {
      const k = key('missing.png');
      expect(await storage().get(k)).toBeUndefined();
      expect(await storage().exists(k)).toBe(false);
    });

    it('exists after put, and not after delete; delete is idempotent', async () => {
      const k = key('gone.png');
      await storage().put(k, Buffer.from('x'), { contentType: 'image/png' });
      expect(await storage().exists(k)).toBe(true);
      await storage().delete(k);
      expect(await storage().exists(k)).toBe(false);
      expect(await storage().get(k)).toBeUndefined();
      await expect(storage().delete(k)).resolves.toBeUndefined();
      await expect(storage().delete(key('never.png'))).resolves.toBeUndefined();
    });

    it('keeps keys apart: deleting one leaves its siblings and similar names', async () => {
      const base = key('g');
      const keys = [`${base}/1.webp`, `${base}/1.webp.bak`, `${base}/10.webp`, `${base}-1.webp`];
      for (const [i, k] of keys.entries())
        await storage().put(k, Buffer.from(`body ${i}`), { contentType: 'text/plain' });
      await storage().delete(keys[0]!);
      expect(await storage().exists(keys[0]!)).toBe(false);
      for (const [i, k] of keys.slice(1).entries())
        expect((await storage().get(k))?.body.toString()).toBe(`body ${i + 1}`);
    });

    it.each(INVALID_KEYS.map((k) => [JSON.stringify(k).slice(0, 40), k]))(
      'rejects the invalid key %s on every operation, storing nothing',
      async (_label, bad) => {
        const s = storage();
        await expect(s.put(bad, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toBeInstanceOf(
          InvalidKeyError,
        );
        await expect(s.get(bad)).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(s.exists(bad)).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(s.delete(bad)).rejects.toBeInstanceOf(InvalidKeyError);
      },
    );

    it('refuses a content type that could inject headers, storing nothing', async () => {
      const k = key('ct.png');
      await expect(storage().put(k, Buffer.from('x'), { contentType: 'image/png\r\nX-Evil: 1' })).rejects.toThrow(
        TypeError,
      );
      await expect(storage().put(k, Buffer.from('x'), { contentType: '' })).rejects.toThrow(TypeError);
      expect(await storage().exists(k)).toBe(false);
    });
  });
}
