import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CONTEXT_SCHEMAS, type EventSchema } from '@booking/domain';
import {
  type EventStore,
  KEY_BYTES,
  type KeyStore,
  KeyWrap,
  MongoKeyStore,
  PersonalDataEventStore,
  type PersonalFieldMap,
  SqliteKeyStore,
  checkKeyStore,
} from '@booking/event-store';
import type { PersonalDataConfig } from '../config/app-config';

// Every context's schema, from the registry: a context declares its personal fields there and
// nowhere else. (A test checks that no schema @booking/domain exports is missing here.)
export const contextSchemas: readonly EventSchema[] = CONTEXT_SCHEMAS;

export const personalFields: PersonalFieldMap = Object.assign(
  {},
  ...contextSchemas.map((schema) => schema.personal ?? {}),
);

/**
 * The event store every process uses: the configured adapter inside the personal-data layer,
 * which owns it from here on (closed with it, or at once if the key store fails its check).
 * `keys` replaces the configured key store (tests); it is checked all the same.
 */
export async function protectPersonalData(
  inner: EventStore,
  config: PersonalDataConfig,
  keys?: KeyStore,
): Promise<PersonalDataEventStore> {
  try {
    if (keys) await checkKeyStore(keys);
    else keys = await openKeyStore(config);
  } catch (error) {
    await inner.close().catch(() => undefined);
    throw error;
  }
  return new PersonalDataEventStore(inner, { fields: personalFields, keys });
}

/**
 * The configured key store, checked before anyone uses it: it answers (else
 * PersonalDataUnavailableError) and the master key opens its keys (else MasterKeyMismatchError).
 * Either stops the start: a process with the wrong master key would create keys no other opens.
 */
export async function openKeyStore(config: PersonalDataConfig): Promise<KeyStore> {
  const keyWrap = new KeyWrap(masterKey(config.masterKey));
  const keys =
    config.keys.kind === 'sqlite'
      ? new SqliteKeyStore(config.keys.path, keyWrap)
      : MongoKeyStore.connect({
          url: config.keys.url,
          database: config.keys.database,
          keyWrap,
          timeoutMs: config.keys.timeoutMs,
        });
  try {
    await checkKeyStore(keys);
  } catch (error) {
    await keys.close().catch(() => undefined);
    throw error;
  }
  return keys;
}

function masterKey(source: PersonalDataConfig['masterKey']): Buffer {
  if (source.kind === 'value') return decode(source.base64, 'PERSONAL_DATA_MASTER_KEY');
  if (!existsSync(source.path)) createKeyFile(source.path);
  return decode(readFileSync(source.path, 'utf8').trim(), source.path);
}

/** Written aside, then linked into place: a process starting beside this one never reads half a key. */
function createKeyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.tmp`;
  writeFileSync(draft, randomBytes(KEY_BYTES).toString('base64') + '\n', { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first
  } finally {
    unlinkSync(draft);
  }
}

function decode(base64: string, from: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${from} must hold ${KEY_BYTES} bytes in base64`);
  return key;
}
