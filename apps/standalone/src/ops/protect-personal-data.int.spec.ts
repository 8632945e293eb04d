import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emailStreamKey } from '@booking/command-api';
import { SqliteEventStore } from '@booking/event-store';
import { PasswordHasher } from '@booking/platform';
import { type TestApp, startTestApp, suiteDataDir } from '../testing/test-app';
import { login } from '../testing/accounts';
import { protectPersonalDataLog } from './protect-personal-data';

/** The one-time copy of a log written before personal fields were encrypted, then the app on it. */
describe('ops:protect-personal-data', () => {
  const dataDir = suiteDataDir('booking-protect-');
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  it('copies an old plain log into an encrypted one the app runs on as before', async () => {
    const email = 'grace.old7@example.com';
    const password = 'a long enough passphrase here';
    const userId = randomUUID();
    const from = join(dataDir, 'old-events.db');
    const to = join(dataDir, 'events.db');
    const meta = {
      correlationId: 'c',
      causationId: 'c',
      actor: userId,
      schemaVersion: 1,
      occurredAt: '2026-01-01T00:00:00Z',
    };
    const old = new SqliteEventStore({ path: from });
    const passwordHash = await new PasswordHasher().hash(password);
    await old.append(
      `account-${userId}`,
      [
        {
          id: randomUUID(),
          type: 'AccountRegistered',
          data: { userId, email, displayName: 'Grace Old', passwordHash, roles: ['attendee'] },
          metadata: meta,
        },
        { id: randomUUID(), type: 'EmailVerified', data: { userId, email }, metadata: meta },
      ],
      'no_stream',
    );
    await old.append(
      `email-${emailStreamKey(email)}`,
      [{ id: randomUUID(), type: 'EmailClaimed', data: { email, userId }, metadata: meta }],
      'no_stream',
    );
    const events = await old.readAll();
    await old.close();

    const lines: string[] = [];
    expect(await protectPersonalDataLog(from, to, { DATA_DIR: dataDir }, (line) => lines.push(line))).toEqual({
      events: 3,
    });
    expect(lines.at(-1)).toMatch(/Copied 3 events/);
    await expect(protectPersonalDataLog(from, to, { DATA_DIR: dataDir })).rejects.toThrow(/exists/);

    const copy = new SqliteEventStore({ path: to });
    const copied = await copy.readAll();
    await copy.close();
    expect(copied.map(({ id, stream, revision, type }) => ({ id, stream, revision, type }))).toEqual(
      events.map(({ id, stream, revision, type }) => ({ id, stream, revision, type })),
    );
    expect(readFileSync(to).includes(email)).toBe(false);
    expect(readFileSync(to).includes('Grace Old')).toBe(false);

    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    expect((await login(t, email, password)).user.id).toBe(userId);
  });
});
