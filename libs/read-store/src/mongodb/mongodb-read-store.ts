import { MongoClient, type Db, type MongoClientOptions } from 'mongodb';
import type { Document, ReadCollection, ReadStore } from '../read-store.port';
import { MongoCollection } from './mongodb-collection';
import { isNamespaceNotFound } from './mongodb-errors';

export type MongoReadStoreOptions = Readonly<{
  url: string;
  database: string;
  clientOptions?: MongoClientOptions;
}>;

/**
 * The production read store: a MongoDB database through the official driver. It uses no
 * transactions and no change streams, so it also runs on FerretDB (see the README for the
 * operators FerretDB v1 lacks).
 */
export class MongoReadStore implements ReadStore {
  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {}

  static async connect(options: MongoReadStoreOptions): Promise<MongoReadStore> {
    const client = new MongoClient(options.url, options.clientOptions);
    await client.connect();
    return new MongoReadStore(client, client.db(options.database));
  }

  collection<T extends Document = Document>(name: string): ReadCollection<T> {
    return new MongoCollection<T>(this.db.collection<T>(name));
  }

  async listCollections(): Promise<string[]> {
    const collections = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return collections.map((c) => c.name).filter((name) => !name.startsWith('system.'));
  }

  async dropCollection(name: string): Promise<void> {
    try {
      await this.db.dropCollection(name);
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
