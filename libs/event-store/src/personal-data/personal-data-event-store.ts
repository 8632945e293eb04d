import { LRUCache } from 'lru-cache';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from '../event-store.port';
import { ERASED, isEnvelope, openValue, sealValue } from './field-cipher';
import type { KeyStore, StoredKey } from './key-store.port';
import { MasterKeyMismatchError, PersonalDataUnavailableError } from './personal-data-errors';

/** Per event type: the field holding the person's id, and the personal fields (see @booking/domain). */
export type PersonalFieldMap = Readonly<
  Record<string, Readonly<{ subject: string; fields: readonly string[] }> | undefined>
>;

export type PersonalDataOptions = Readonly<{
  fields: PersonalFieldMap;
  keys: KeyStore;
  /** Data keys kept in memory: at most `max`, each for `ttlMs` (so an erasure elsewhere is seen). */
  cache?: Readonly<{ max: number; ttlMs: number }>;
}>;

type Data = Record<string, unknown>;

/**
 * Calls the key store, telling "it did not answer" (PersonalDataUnavailableError: retry later)
 * from "its keys are not ours" (MasterKeyMismatchError, a misconfiguration, passed as it is).
 */
export async function askKeyStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof MasterKeyMismatchError || error instanceof PersonalDataUnavailableError) throw error;
    throw new PersonalDataUnavailableError(error);
  }
}

/** KeyStore.check, its failures told apart as askKeyStore does: run at start and by /health. */
export function checkKeyStore(keys: KeyStore): Promise<void> {
  return askKeyStore(() => keys.check());
}

/**
 * Crypto-shredding around any event store: personal fields are sealed with their person's data
 * key on append and opened on every read and subscription, so deciders and projections see plain
 * data. Once a key is destroyed the fields read as ERASED. Event types without personal fields
 * pass through after one map lookup.
 */
export class PersonalDataEventStore implements EventStore {
  private readonly fields: ReadonlyMap<string, Readonly<{ subject: string; fields: readonly string[] }>>;
  private readonly keys: KeyStore;
  private readonly cache: LRUCache<string, Buffer | 'destroyed'>;

  constructor(
    private readonly inner: EventStore,
    options: PersonalDataOptions,
  ) {
    this.fields = new Map(Object.entries(options.fields).filter((entry) => entry[1] !== undefined) as never);
    this.keys = options.keys;
    const { max, ttlMs } = options.cache ?? { max: 10_000, ttlMs: 5 * 60_000 };
    this.cache = new LRUCache({ max, ttl: ttlMs });
  }

  append(stream: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    // Not async on this path: most appends (holds, catalog) carry no personal data.
    if (!events.some((event) => this.fields.has(event.type))) return this.inner.append(stream, events, expected);
    return this.appendProtected(stream, events, expected);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readStream(stream, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readAll(options));
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    const inner = this.inner.subscribeToAll(options);
    const reveal = (events: readonly RecordedEvent[]) => this.reveal(events);
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
        for await (const message of inner)
          yield message.kind === 'events' ? { kind: 'events', events: await reveal(message.events) } : message;
      },
    };
  }

  /** Erases a person: their key is destroyed, so every personal field of theirs reads as ERASED. */
  async destroyKey(subject: string): Promise<void> {
    await askKeyStore(() => this.keys.destroy(subject));
    this.cache.set(subject, 'destroyed');
  }

  /** How many people have been erased so far (KeyStore.erasures). */
  erasures(): Promise<number> {
    return askKeyStore(() => this.keys.erasures());
  }

  /** The key store answers and the master key opens its keys (see checkKeyStore). */
  checkKeys(): Promise<void> {
    return checkKeyStore(this.keys);
  }

  async close(): Promise<void> {
    await this.inner.close();
    await this.keys.close();
  }

  private async appendProtected(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const sealed: EventToAppend[] = [];
    for (const event of events) sealed.push(await this.protect(event));
    return this.inner.append(stream, sealed, expected);
  }

  /** Seals the declared fields of one event (fields already sealed, as in a copied log, stay). */
  async protect<E extends EventToAppend>(event: E): Promise<E> {
    const declared = this.fields.get(event.type);
    if (!declared) return event;
    const data = event.data as Data;
    const subject = data[declared.subject];
    if (typeof subject !== 'string')
      throw new Error(`${event.type} declares personal data of ${declared.subject}, but has no such id`);
    const key = await this.keyFor(subject);
    const protectedData = { ...data };
    for (const field of declared.fields) {
      const value = data[field];
      if (value === undefined || isEnvelope(value)) continue;
      // A destroyed key is never re-created: what arrives for an erased person is erased on arrival.
      protectedData[field] = key === 'destroyed' ? ERASED : sealValue(value, key, subject);
    }
    return { ...event, data: protectedData };
  }

  private async reveal<E extends RecordedEvent>(events: readonly E[]): Promise<E[]> {
    if (!events.some((event) => this.fields.has(event.type))) return events as E[];
    const keys = await this.keysOf(events);
    return events.map((event) => this.revealOne(event, keys));
  }

  private revealOne<E extends RecordedEvent>(event: E, keys: ReadonlyMap<string, StoredKey>): E {
    const declared = this.fields.get(event.type);
    if (!declared) return event;
    const data = event.data as Data;
    const subject = data[declared.subject];
    if (typeof subject !== 'string' || !declared.fields.some((field) => isEnvelope(data[field]))) return event;
    const key = keys.get(subject) ?? this.missingKey(subject);
    const plain = { ...data };
    for (const field of declared.fields) {
      const value = data[field];
      if (isEnvelope(value)) plain[field] = key === 'destroyed' ? ERASED : openValue(value, key, subject);
    }
    return { ...event, data: plain };
  }

  /** The keys of a batch's subjects: one key-store round trip for those not in the cache. */
  private async keysOf(events: readonly RecordedEvent[]): Promise<Map<string, StoredKey>> {
    const keys = new Map<string, StoredKey>();
    const missing = new Set<string>();
    for (const event of events) {
      const declared = this.fields.get(event.type);
      const subject = declared && (event.data as Data)[declared.subject];
      if (typeof subject !== 'string' || keys.has(subject)) continue;
      const cached = this.cache.get(subject);
      if (cached) keys.set(subject, cached);
      else missing.add(subject);
    }
    if (missing.size === 0) return keys;
    for (const [subject, key] of await askKeyStore(() => this.keys.find([...missing]))) {
      keys.set(subject, key);
      this.cache.set(subject, key);
    }
    return keys;
  }

  private async keyFor(subject: string): Promise<StoredKey> {
    const cached = this.cache.get(subject);
    if (cached) return cached;
    const key = await askKeyStore(() => this.keys.obtain(subject));
    this.cache.set(subject, key);
    return key;
  }

  private missingKey(subject: string): never {
    // Not a tombstone: this key store never had the key. Reading on would show every person as erased.
    throw new Error(
      `No personal-data key for ${subject}: is the key store (PERSONAL_DATA_KEYS) the one this log was written with?`,
    );
  }
}
