import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mongoTestTarget, useMongoServer } from '../../../read-store/src/testing/mongo-test-target';
import type { KeyStore } from './key-store.port';
import { KeyWrap } from './key-wrap';
import { MongoKeyStore } from './mongodb-key-store';
import { SqliteKeyStore } from './sqlite-key-store';

/** What every key store adapter must do; run against SQLite here and a MongoDB-wire server below. */
function keyStoreContract(name: string, open: (masterKey: Buffer) => Promise<KeyStore>): void {
  describe(`KeyStore contract: ${name}`, () => {
    const masterKey = randomBytes(32);
    let keys: KeyStore;
    beforeEach(async () => (keys = await open(masterKey)));
    afterEach(() => keys.close());
    const subject = () => `person-${randomUUID()}`;

    it('creates one key per subject and hands the same one back to every caller', async () => {
      const [a, b] = [subject(), subject()];
      const [first, concurrent] = await Promise.all([keys.obtain(a), keys.obtain(a)]);
      expect(first).toBeInstanceOf(Buffer);
      expect((first as Buffer).length).toBe(32);
      expect(concurrent).toEqual(first);
      expect(await keys.obtain(a)).toEqual(first);
      expect(await keys.obtain(b)).not.toEqual(first);
      const found = await keys.find([a, b, subject()]);
      expect([...found.keys()].sort()).toEqual([a, b].sort());
      expect(found.get(a)).toEqual(first);
    });

    it('destroys a key for good and keeps a tombstone, unlike a subject never seen', async () => {
      const [a, never] = [subject(), subject()];
      await keys.obtain(a);
      await keys.destroy(a);
      await keys.destroy(a);
      expect(await keys.obtain(a)).toBe('destroyed');
      const found = await keys.find([a, never]);
      expect(found.get(a)).toBe('destroyed');
      expect(found.has(never)).toBe(false);
    });

    it('keeps keys wrapped: another master key cannot read them', async () => {
      const a = subject();
      await keys.obtain(a);
      await keys.close();
      keys = await open(randomBytes(32));
      await expect(keys.find([a])).rejects.toThrow();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sqlitePath = join(dir, 'keys.db');
keyStoreContract('SQLite', async (masterKey) => new SqliteKeyStore(sqlitePath, new KeyWrap(masterKey)));

const target = mongoTestTarget('MongoDB key store contract');
if (target) {
  const url = useMongoServer(target);
  keyStoreContract(`MongoDB ${target.label}`, async (masterKey) =>
    MongoKeyStore.connect({ url: url(), database: 'key_store_contract', keyWrap: new KeyWrap(masterKey) }),
  );
}
