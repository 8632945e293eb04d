import type { Document, ReadCollection, ReadStore } from '../read-store.port';
import { CollectionState } from './collection-state';
import { MemoryCollection, type CollectionHost } from './memory-collection';
import { cloneDeep } from './values';

/**
 * The embedded read store: collections of documents held in this process, queried and updated
 * with MongoDB's semantics (mingo for queries and aggregation, native code for the hot paths).
 * A collection comes into existence on its first write or index, as in MongoDB.
 */
export class MemoryReadStore implements ReadStore {
  private readonly states = new Map<string, CollectionState>();

  private readonly host: CollectionHost = {
    peek: (name) => this.states.get(name),
    ensure: (name) => {
      let state = this.states.get(name);
      if (state === undefined) {
        state = new CollectionState(name);
        this.states.set(name, state);
      }
      return state;
    },
    resolve: (name) => Array.from(this.states.get(name)?.docs.values() ?? [], cloneDeep),
  };

  collection<T extends Document = Document>(name: string): ReadCollection<T> {
    if (name.length === 0 || name.includes('$') || name.includes('\0'))
      throw new Error(`Invalid collection name: '${name}'`);
    return new MemoryCollection<T>(name, this.host);
  }

  async listCollections(): Promise<string[]> {
    return [...this.states.keys()];
  }

  async dropCollection(name: string): Promise<void> {
    this.states.delete(name);
  }

  async close(): Promise<void> {}
}
