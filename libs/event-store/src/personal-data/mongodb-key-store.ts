import { Binary, type Collection, MongoClient } from 'mongodb';
import { CHECK_SUBJECT, type KeyStore, type StoredKey } from './key-store.port';
import type { KeyWrap } from './key-wrap';

type KeyDocument = { _id: string; wrapped: Binary | null; destroyedAt?: Date };

export type MongoKeyStoreOptions = Readonly<{
  url: string;
  database: string;
  keyWrap: KeyWrap;
  /**
   * The longest a key-store call may wait (server selection, connecting, a socket read or write,
   * a free connection): past it the call fails, so a request answers 503 instead of hanging.
   */
  timeoutMs?: number;
}>;

export const DEFAULT_KEY_STORE_TIMEOUT_MS = 5000;

/**
 * The production key store: one MongoDB collection, in its own database so that no read-model
 * rebuild or drop can touch it. A destroyed key keeps its document with `wrapped: null`.
 */
export class MongoKeyStore implements KeyStore {
  private constructor(
    private readonly client: MongoClient,
    private readonly keys: Collection<KeyDocument>,
    private readonly keyWrap: KeyWrap,
  ) {}

  static connect(options: MongoKeyStoreOptions): MongoKeyStore {
    const timeout = options.timeoutMs ?? DEFAULT_KEY_STORE_TIMEOUT_MS;
    const client = new MongoClient(options.url, {
      serverSelectionTimeoutMS: timeout,
      connectTimeoutMS: timeout,
      socketTimeoutMS: timeout,
      waitQueueTimeoutMS: timeout,
    });
    return new MongoKeyStore(client, client.db(options.database).collection('data_keys'), options.keyWrap);
  }

  async find(subjects: readonly string[]): Promise<Map<string, StoredKey>> {
    const found = new Map<string, StoredKey>();
    for (const doc of await this.keys.find({ _id: { $in: [...subjects] } }).toArray())
      found.set(doc._id, this.unwrap(doc));
    return found;
  }

  async obtain(subject: string): Promise<StoredKey> {
    const wrapped = new Binary(this.keyWrap.wrap(subject, this.keyWrap.newKey()));
    try {
      // $setOnInsert: a concurrent creator's key wins and both read the same one back.
      await this.keys.updateOne({ _id: subject }, { $setOnInsert: { wrapped } }, { upsert: true });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error; // two upserts raced: the other inserted
    }
    const doc = await this.keys.findOne({ _id: subject });
    if (!doc) throw new Error(`Data key for ${subject} vanished while being created`);
    return this.unwrap(doc);
  }

  async destroy(subject: string): Promise<void> {
    await this.keys.updateOne({ _id: subject }, { $set: { wrapped: null, destroyedAt: new Date() } }, { upsert: true });
  }

  async erasures(): Promise<number> {
    return this.keys.countDocuments({ wrapped: null, _id: { $ne: CHECK_SUBJECT } });
  }

  async check(): Promise<void> {
    const recorded = await this.keys.findOne({ _id: CHECK_SUBJECT });
    if (recorded) {
      this.unwrap(recorded);
      return;
    }
    const earlier = await this.keys.findOne({ wrapped: { $ne: null } });
    if (earlier) this.unwrap(earlier);
    await this.obtain(CHECK_SUBJECT);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private unwrap(doc: KeyDocument): StoredKey {
    return doc.wrapped === null ? 'destroyed' : this.keyWrap.unwrap(doc._id, Buffer.from(doc.wrapped.buffer));
  }
}
