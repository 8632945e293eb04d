import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  type KeyStore,
  KeyWrap,
  MasterKeyMismatchError,
  PersonalDataUnavailableError,
  SqliteKeyStore,
  type StoredKey,
} from '@booking/event-store';
import { OpsListener } from '@booking/platform';
import { type TestApp, expectProblem, people, startTestApp, suiteDataDir } from './testing/test-app';
import { signUp } from './testing/accounts';

/** A real key store that can be made to stop answering, as MongoDB does when it is down. */
class SwitchableKeyStore implements KeyStore {
  down = false;
  constructor(private readonly inner: KeyStore) {}
  private answer(): void {
    if (this.down) throw new Error('connect ECONNREFUSED 10.1.2.3:27017');
  }
  async find(subjects: readonly string[]): Promise<Map<string, StoredKey>> {
    this.answer();
    return this.inner.find(subjects);
  }
  async obtain(subject: string): Promise<StoredKey> {
    this.answer();
    return this.inner.obtain(subject);
  }
  async destroy(subject: string): Promise<void> {
    this.answer();
    return this.inner.destroy(subject);
  }
  async erasures(): Promise<number> {
    this.answer();
    return this.inner.erasures();
  }
  async check(): Promise<void> {
    this.answer();
    return this.inner.check();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

const register = (t: TestApp, email: string) =>
  t.call('POST', '/api/accounts', {
    body: { email, password: 'a long enough passphrase here', displayName: email.split('@')[0] },
  });

describe('the personal-data key store: checked at start, reported by /health, 503 when it does not answer', () => {
  const dataDir = suiteDataDir('booking-keys-health-');
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('reports personalDataKeys in /health and answers 503 personal-data-unavailable while it is down', async () => {
    const keys = new SwitchableKeyStore(new SqliteKeyStore(':memory:', new KeyWrap(randomBytes(32))));
    t = await startTestApp({ env: { INTERNAL_PORT: '0' }, overrides: { personalDataKeys: keys } });
    const internal = t.app.get(OpsListener).url!;
    const details = await t.call('GET', '/health/details', { as: people.ops });
    expect(details.body.checks.personalDataKeys).toEqual({ status: 'ok', store: 'sqlite' });
    expect((await register(t, 'before.kh3@example.com')).status).toBe(202);

    keys.down = true;
    expectProblem(await t.call('GET', '/health'), 503);
    const failing = await t.call('GET', '/health/details', { as: people.ops });
    expectProblem(failing, 503);
    expect(failing.body.checks.personalDataKeys).toEqual({
      status: 'failing',
      error: expect.stringMatching(/personal-data key store cannot be reached/),
    });
    expect((await fetch(`${internal}/health`)).status).toBe(503);

    const refused = await register(t, 'during.kh3@example.com');
    expectProblem(refused, 503);
    expect(refused.body.type).toMatch(/\/personal-data-unavailable$/);
    expect(refused.body.detail).toMatch(/retry/);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.text).not.toMatch(/ECONNREFUSED|10\.1\.2\.3/); // the cause is logged, not sent

    keys.down = false;
    expect((await t.call('GET', '/health')).status).toBe(200);
    expect((await register(t, 'during.kh3@example.com')).status).toBe(202);
  });

  it('does not start when the key store does not answer', async () => {
    const keys = new SwitchableKeyStore(new SqliteKeyStore(':memory:', new KeyWrap(randomBytes(32))));
    keys.down = true;
    await expect(startTestApp({ overrides: { personalDataKeys: keys } })).rejects.toThrow(PersonalDataUnavailableError);
  });

  it('does not start with another master key than the key store was written with, and records nothing', async () => {
    t = await startTestApp({ env: { DATA_DIR: dataDir } }); // the master key: a file in the data dir
    const ada = await signUp(t, 'ada.kh3@example.com');
    await t.close();
    t = undefined;

    const otherMasterKey = randomBytes(32).toString('base64');
    const wrong = startTestApp({ env: { DATA_DIR: dataDir, PERSONAL_DATA_MASTER_KEY: otherMasterKey } });
    await expect(wrong).rejects.toThrow(MasterKeyMismatchError);
    await expect(wrong).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY/);

    t = await startTestApp({ env: { DATA_DIR: dataDir } }); // the right one still opens everything
    const again = await t.call('POST', '/api/auth/login', {
      body: { email: 'ada.kh3@example.com', password: 'a long enough passphrase here', client: 'api' },
    });
    expect(again.status).toBe(200);
    expect(again.body.user.id).toBe(ada.user.id);
  });

  it('refuses a wrong master key on a key store written before the check value existed', async () => {
    const path = join(dataDir, 'older-keys.db');
    const older = new SqliteKeyStore(path, new KeyWrap(randomBytes(32)));
    await older.obtain('0190b000-0000-7000-8000-0000000000aa'); // a key, and no check value
    await older.close();
    await expect(
      startTestApp({
        env: { PERSONAL_DATA_KEYS_PATH: path, PERSONAL_DATA_MASTER_KEY: randomBytes(32).toString('base64') },
      }),
    ).rejects.toThrow(MasterKeyMismatchError);
  });
});
