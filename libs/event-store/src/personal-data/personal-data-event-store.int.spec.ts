import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '../contract/event-store.contract';
import type { EventToAppend, RecordedEvent } from '../event-store.port';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { copyLogProtected } from './copy-log';
import { ERASED, isEnvelope } from './field-cipher';
import type { KeyStore } from './key-store.port';
import { KeyWrap } from './key-wrap';
import { MasterKeyMismatchError, PersonalDataUnavailableError } from './personal-data-errors';
import { PersonalDataEventStore, type PersonalFieldMap } from './personal-data-event-store';
import { SqliteKeyStore } from './sqlite-key-store';

const dir = mkdtempSync(join(tmpdir(), 'es-personal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const masterKey = randomBytes(32);
const fields: PersonalFieldMap = {
  Registered: { subject: 'userId', fields: ['email', 'name'] },
  // The contract's events: the key path runs, their data has no such field and comes back as written.
  A: { subject: 'at', fields: ['secret'] },
};

function open(path = join(dir, `store-${++n}.db`), keys = join(dir, `keys-${n}.db`)) {
  const raw = new SqliteEventStore({ path, pollIntervalMs: 20 });
  const store = new PersonalDataEventStore(raw, { fields, keys: new SqliteKeyStore(keys, new KeyWrap(masterKey)) });
  return { raw, store, path, keys };
}

const meta = { correlationId: 'c', causationId: 'c', actor: 'a', schemaVersion: 1, occurredAt: '2030-01-01T00:00:00Z' };
let ids = 0;
const registered = (userId: string, email: string): EventToAppend => ({
  id: `e${++ids}`,
  type: 'Registered',
  data: { userId, email, name: `Name of ${email}`, roles: ['attendee'] },
  metadata: meta,
});
const other = (): EventToAppend => ({ id: `e${++ids}`, type: 'SeatsHeld', data: { seats: 2 }, metadata: meta });

eventStoreContract('SQLite inside the personal-data layer', async () => open().store);

describe('PersonalDataEventStore', () => {
  it('keeps personal fields out of the log in plain text and gives them back plain on every read', async () => {
    const { raw, store, path, keys } = open();
    await store.append('account-1', [registered('u1', 'ada@example.com')], 'no_stream');
    const [stored] = await raw.readStream('account-1');
    expect(stored.data).toMatchObject({ userId: 'u1', roles: ['attendee'] });
    expect(isEnvelope((stored.data as { email: unknown }).email)).toBe(true);
    await store.close();
    expect(readFileSync(path).includes('ada@example.com')).toBe(false);

    const reopened = open(path, keys).store;
    const expected = { userId: 'u1', email: 'ada@example.com', name: 'Name of ada@example.com', roles: ['attendee'] };
    expect((await reopened.readStream('account-1'))[0].data).toEqual(expected);
    expect((await reopened.readAll())[0].data).toEqual(expected);
    const subscription = reopened.subscribeToAll();
    for await (const message of subscription) {
      if (message.kind !== 'events') continue;
      expect(message.events[0].data).toEqual(expected);
      break;
    }
    await subscription.close();
    await reopened.close();
  });

  it('reads a destroyed person as erased, others unchanged, and erases what still arrives for them', async () => {
    const { store, path, keys } = open();
    await store.append('account-1', [registered('u1', 'ada@example.com')], 'no_stream');
    await store.append('account-2', [registered('u2', 'bob@example.com')], 'no_stream');
    await store.destroyKey('u1');
    await store.append('account-1', [registered('u1', 'ada@example.com')], 0n);

    const byStream = async (s: string) => (await store.readStream(s)).map((e) => e.data);
    const erased = { userId: 'u1', email: ERASED, name: ERASED, roles: ['attendee'] };
    expect(await byStream('account-1')).toEqual([erased, erased]);
    expect(await byStream('account-2')).toEqual([
      { userId: 'u2', email: 'bob@example.com', name: 'Name of bob@example.com', roles: ['attendee'] },
    ]);
    // Another process (a fresh cache) sees the erasure too.
    const elsewhere = open(path, keys).store;
    expect((await elsewhere.readStream('account-1'))[0].data).toEqual(erased);
    await elsewhere.close();
    await store.close();
  });

  it('refuses to read sealed fields with a key store that never had their keys', async () => {
    const { store, path } = open();
    await store.append('account-1', [registered('u1', 'ada@example.com')], 'no_stream');
    await store.close();
    const wrongKeys = open(path, join(dir, 'empty-keys.db')).store;
    await expect(wrongKeys.readAll()).rejects.toThrow(/No personal-data key for u1/);
    await wrongKeys.close();
  });

  it('says the key store is unavailable when it does not answer, on append, read, erase and check', async () => {
    const raw = new SqliteEventStore({ path: join(dir, `store-${++n}.db`) });
    const sqlite = new SqliteKeyStore(join(dir, `keys-${n}.db`), new KeyWrap(masterKey));
    let down = false;
    const unreachable =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (down) throw new Error('connection <monitor> to 10.0.0.9:27017 timed out');
        return call(...args);
      };
    const keys: KeyStore = {
      find: unreachable((subjects: readonly string[]) => sqlite.find(subjects)),
      obtain: unreachable((subject: string) => sqlite.obtain(subject)),
      destroy: unreachable((subject: string) => sqlite.destroy(subject)),
      erasures: unreachable(() => sqlite.erasures()),
      check: unreachable(() => sqlite.check()),
      close: () => sqlite.close(),
    };
    const store = new PersonalDataEventStore(raw, { fields, keys });
    await store.append('account-1', [registered('u1', 'ada@example.com')], 'no_stream');
    await store.checkKeys();
    down = true;
    const unavailable = expect.objectContaining({
      name: 'PersonalDataUnavailableError',
      message: expect.stringMatching(/key store cannot be reached: .*timed out/),
    });
    await expect(store.append('account-2', [registered('u2', 'bob@example.com')], 'no_stream')).rejects.toEqual(
      unavailable,
    );
    const fresh = new PersonalDataEventStore(raw, { fields, keys }); // nothing cached
    await expect(fresh.readAll()).rejects.toBeInstanceOf(PersonalDataUnavailableError);
    await expect(fresh.readStream('account-1')).rejects.toBeInstanceOf(PersonalDataUnavailableError);
    await expect(fresh.destroyKey('u1')).rejects.toBeInstanceOf(PersonalDataUnavailableError);
    await expect(fresh.checkKeys()).rejects.toBeInstanceOf(PersonalDataUnavailableError);
    expect(await raw.readStream('account-2')).toEqual([]); // nothing half-written
    down = false;
    expect((await fresh.readStream('account-1'))[0].data).toMatchObject({ email: 'ada@example.com' });
    await store.close();
  });

  it('tells a wrong master key apart from an unavailable key store', async () => {
    const { store, path, keys } = open();
    await store.append('account-1', [registered('u1', 'ada@example.com')], 'no_stream');
    await store.close();
    const raw = new SqliteEventStore({ path });
    const wrongMaster = new PersonalDataEventStore(raw, {
      fields,
      keys: new SqliteKeyStore(keys, new KeyWrap(randomBytes(32))),
    });
    await expect(wrongMaster.readAll()).rejects.toBeInstanceOf(MasterKeyMismatchError);
    await expect(wrongMaster.checkKeys()).rejects.toBeInstanceOf(MasterKeyMismatchError);
    await wrongMaster.close();
  });

  it('passes events without personal fields through as they are', async () => {
    const { raw, store } = open();
    await store.append('inventory-1', [other(), other()], 'no_stream');
    expect(await store.readAll()).toEqual(await raw.readAll());
    await store.close();
  });

  it('copies a plain log into a protected one with the same streams, revisions, ids and order', async () => {
    const plain = new SqliteEventStore({ path: join(dir, `plain-${++n}.db`) });
    await plain.append('account-1', [registered('u1', 'ada@example.com')], 'no_stream');
    await plain.append('inventory-1', [other(), other()], 'no_stream');
    await plain.append('account-1', [registered('u1', 'ada@example.com')], 0n);
    await plain.append('account-2', [registered('u2', 'bob@example.com')], 'no_stream');
    const { raw, store, path } = open();

    expect(await copyLogProtected(plain, store, { pageSize: 2 })).toEqual({ events: 5 });

    const shape = (events: RecordedEvent[]) => events.map(({ position: _, ...rest }) => rest);
    expect(shape(await store.readAll())).toEqual(shape(await plain.readAll()));
    expect((await raw.readAll()).map((e) => e.position)).toEqual((await plain.readAll()).map((e) => e.position));
    await expect(copyLogProtected(plain, store)).rejects.toThrow(/must be empty/);
    await plain.close();
    await store.close();
    expect(readFileSync(path).includes('ada@example.com')).toBe(false);
  });
});
