import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as domain from '@booking/domain';
import type { AccountRegistered, PersonalDataDeclaration } from '@booking/domain';
import { MasterKeyMismatchError, PersonalDataUnavailableError } from '@booking/event-store';
import { loadConfig } from '../config/app-config';
import { contextSchemas, openKeyStore, personalFields } from './personal-data';

describe('personal-data configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps keys in a SQLite file in the data dir, the master key generated once beside it', async () => {
    const config = loadConfig({ DATA_DIR: dir }).personalData;
    expect(config).toEqual({
      keys: { kind: 'sqlite', path: join(dir, 'personal-data-keys.db') },
      masterKey: { kind: 'file', path: join(dir, 'personal-data-master.key') },
    });
    const first = await openKeyStore(config);
    const key = await first.obtain('u1');
    await first.close();
    const masterFile = join(dir, 'personal-data-master.key');
    expect(Buffer.from(readFileSync(masterFile, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(statSync(masterFile).mode & 0o077).toBe(0);
    const again = await openKeyStore(config);
    expect(await again.obtain('u1')).toEqual(key);
    await again.close();
  });

  it('shares keys through MongoDB when the read models live there, under a master key from a secret', async () => {
    const masterKey = randomBytes(32).toString('base64');
    const config = loadConfig({ MONGODB_URL: 'mongodb://db:27017', PERSONAL_DATA_MASTER_KEY: masterKey }).personalData;
    expect(config).toEqual({
      keys: { kind: 'mongodb', url: 'mongodb://db:27017', database: 'booking-keys', timeoutMs: 5000 },
      masterKey: { kind: 'value', base64: masterKey },
    });
    expect(() => loadConfig({ PERSONAL_DATA_KEYS: 'vault' })).toThrow(/PERSONAL_DATA_KEYS must be sqlite or mongodb/);
    await expect(openKeyStore({ ...config, masterKey: { kind: 'value', base64: 'c2hvcnQ=' } })).rejects.toThrow(
      /32 bytes/,
    );
    const bounded = { MONGODB_URL: 'mongodb://db:27017', PERSONAL_DATA_KEYS_TIMEOUT_MS: '1500' };
    expect(loadConfig(bounded).personalData.keys).toMatchObject({ timeoutMs: 1500 });
    expect(() => loadConfig({ ...bounded, PERSONAL_DATA_KEYS_TIMEOUT_MS: 'soon' })).toThrow(/positive whole number/);
  });

  it('checks the key store it opens: another master key is refused before any key is made with it', async () => {
    const config = loadConfig({ DATA_DIR: dir }).personalData; // keys written by the test above
    const wrong = { ...config, masterKey: { kind: 'value' as const, base64: randomBytes(32).toString('base64') } };
    await expect(openKeyStore(wrong)).rejects.toThrow(MasterKeyMismatchError);
    const right = await openKeyStore(config);
    expect((await right.find(['u1'])).get('u1')).toBeInstanceOf(Buffer);
    await right.close();
  });

  it('does not open a MongoDB key store that does not answer within its timeout', async () => {
    const masterKey = randomBytes(32).toString('base64');
    const config = loadConfig({
      MONGODB_URL: 'mongodb://127.0.0.1:9/?directConnection=true', // discard port: nothing listens
      PERSONAL_DATA_MASTER_KEY: masterKey,
      PERSONAL_DATA_KEYS_TIMEOUT_MS: '300',
    }).personalData;
    const started = Date.now();
    await expect(openKeyStore(config)).rejects.toThrow(PersonalDataUnavailableError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads the personal fields of every context the domain exports a schema for', () => {
    const exported = Object.values(domain).filter(
      (value) => typeof value === 'object' && value !== null && 'versions' in value,
    );
    expect(exported.length).toBeGreaterThanOrEqual(5);
    expect(contextSchemas).toEqual(expect.arrayContaining(exported));
  });

  it('reads every personal field the accounts context declares', () => {
    expect(personalFields.AccountRegistered).toEqual({
      subject: 'userId',
      fields: ['email', 'displayName', 'passwordHash'],
    });
    expect(personalFields.SeatsHeld).toBeUndefined();
  });

  it('checks declared field names against the event types when compiling', () => {
    const declaration: PersonalDataDeclaration<AccountRegistered> = {
      // @ts-expect-error -- a misspelt field is refused by tsc (npm run typecheck)
      AccountRegistered: { subject: 'userId', fields: ['emial'] },
    };
    expect(declaration.AccountRegistered?.subject).toBe('userId');
  });
});
