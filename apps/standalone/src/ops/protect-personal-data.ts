import { existsSync } from 'node:fs';
import { PersonalDataEventStore, SqliteEventStore, copyLogProtected } from '@booking/event-store';
import { loadConfig, openKeyStore, personalFields } from '@booking/platform';

/**
 * `npm run ops:protect-personal-data -- <from.db> <to.db>`: copies a SQLite log written before
 * personal fields were encrypted into a new file with them encrypted, keys in the configured key
 * store (the same env as the app: DATA_DIR, PERSONAL_DATA_KEYS, PERSONAL_DATA_MASTER_KEY...).
 * See docs/personal-data.md for the switch-over steps.
 */
export async function protectPersonalDataLog(
  fromPath: string,
  toPath: string,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<{ events: number }> {
  if (!existsSync(fromPath)) throw new Error(`No event log at ${fromPath}`);
  if (existsSync(toPath)) throw new Error(`${toPath} exists: the copy goes to a new file`);
  const config = loadConfig(env);
  // The key store first: a wrong master key or an unreachable store stops here, before the new file exists.
  const keys = await openKeyStore(config.personalData);
  const from = new SqliteEventStore({ path: fromPath });
  const to = new PersonalDataEventStore(new SqliteEventStore({ path: toPath }), { fields: personalFields, keys });
  try {
    const result = await copyLogProtected(from, to, { onProgress: (n) => n % 10_000 === 0 && log(`${n} events`) });
    log(`Copied ${result.events} events from ${fromPath} to ${toPath}, personal fields encrypted.`);
    return result;
  } finally {
    await from.close();
    await to.close();
  }
}
