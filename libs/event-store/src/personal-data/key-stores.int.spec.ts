import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { mongoTestTarget, useMongoServer } from '../../../read-store/src/testing/mongo-test-target';
import { CHECK_SUBJECT, type KeyStore } from './key-store.port';
import { KeyWrap } from './key-wrap';
import { DEFAULT_KEY_STORE_TIMEOUT_MS, MongoKeyStore } from './mongodb-key-store';
import { MasterKeyMismatchError, PersonalDataUnavailableError } from './personal-data-errors';
import { checkKeyStore } from './personal-data-event-store';
import { SqliteKeyStore } from './sqlite-key-store';

/**
 * What every key store adapter must do; run against SQLite here and a MongoDB-wire server below.
 * `open` opens the suite's shared store, or another one by name (an empty store of its own).
 */
function keyStoreContract(name: string, open: (masterKey: Buffer, store?: string) => Promise<KeyStore>): void {
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
      const before = await keys.erasures();
      await keys.destroy(a);
      await keys.destroy(a);
      expect(await keys.erasures()).toBe(before + 1); // counted once, however often destroyed
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
      await expect(keys.find([a])).rejects.toThrow(MasterKeyMismatchError);
    });

    it('checks the master key against the check value it records on first use', async () => {
      const store = `checked-${randomUUID().slice(0, 8)}`;
      await keys.close();
      keys = await open(masterKey, store);
      await keys.check();
      await keys.check(); // a second check (a health probe) opens the recorded value
      await keys.close();
      keys = await open(randomBytes(32), store);
      await expect(keys.check()).rejects.toThrow(MasterKeyMismatchError);
      await keys.close();
      keys = await open(masterKey, store);
      await keys.check(); // the wrong key recorded nothing
      expect(await keys.find([CHECK_SUBJECT])).toEqual(new Map([[CHECK_SUBJECT, expect.any(Buffer)]]));
    });

    it('refuses a wrong master key on a store whose keys predate the check value, recording nothing', async () => {
      const store = `older-${randomUUID().slice(0, 8)}`;
      const older = await open(masterKey, store);
      await older.obtain(subject()); // keys, and no check value yet
      await older.close();
      const wrong = await open(randomBytes(32), store);
      await expect(wrong.check()).rejects.toThrow(MasterKeyMismatchError);
      await wrong.close();
      const right = await open(masterKey, store);
      await right.check();
      await right.close();
    });

    it('accepts any master key on an empty store and keeps it from then on', async () => {
      const store = `empty-${randomUUID().slice(0, 8)}`;
      const first = await open(masterKey, store);
      await first.check();
      await first.close();
      const other = await open(randomBytes(32), store);
      await expect(other.check()).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY/);
      await other.close();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
keyStoreContract(
  'SQLite',
  async (masterKey, store = 'keys') => new SqliteKeyStore(join(dir, `${store}.db`), new KeyWrap(masterKey)),
);

const target = mongoTestTarget('MongoDB key store contract');
if (target) {
  const databases = new Set<string>();
  // Declared before the server's own afterAll, so it runs while the server is up. A configured
  // server (MONGODB_URL) outlives the run: the stores of this run go with it.
  afterAll(async () => {
    const client = await MongoClient.connect(url());
    for (const database of databases) await client.db(database).dropDatabase();
    await client.close();
  });
  const url = useMongoServer(target);
  keyStoreContract(`MongoDB ${target.label}`, async (masterKey, store = 'shared') => {
    const database = `key_store_contract_${store}`;
    databases.add(database);
    return MongoKeyStore.connect({ url: url(), database, keyWrap: new KeyWrap(masterKey) });
  });
}

describe('MongoDB key store timeouts', () => {
  // A server that takes connections and never answers: a hung or unreachable MongoDB.
  let silent: Server;
  const sockets = new Set<Socket>();
  let url: string;
  beforeAll(async () => {
    silent = createServer((socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `mongodb://127.0.0.1:${(silent.address() as AddressInfo).port}/?directConnection=true`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails a call within its timeout as unavailable instead of hanging', async () => {
    const keys = MongoKeyStore.connect({ url, database: 'k', keyWrap: new KeyWrap(randomBytes(32)), timeoutMs: 300 });
    const started = Date.now();
    const failure = checkKeyStore(keys);
    await expect(failure).rejects.toThrow(PersonalDataUnavailableError);
    await expect(failure).rejects.toThrow(/cannot be reached: .*timed out/i);
    expect(Date.now() - started).toBeLessThan(4000);
    await keys.close();
  });

  it('bounds a call by default, far below the 30 seconds the driver would wait', async () => {
    const keys = MongoKeyStore.connect({ url, database: 'k', keyWrap: new KeyWrap(randomBytes(32)) });
    const started = Date.now();
    await expect(keys.find(['someone'])).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(DEFAULT_KEY_STORE_TIMEOUT_MS + 3000);
    await keys.close();
  }, 20_000);
});
