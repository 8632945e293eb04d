import type { Document, ReadCollection, ReadStore } from '../read-store.port';
import { CollectionState, type IndexSpec } from './collection-state';

export type MemoryStoreState = { name: string; indexes: readonly IndexSpec[]; docs: Document[] }[];
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

  /**
   * Every collection with its indexes and documents, in scan order, taken in one synchronous
   * pass: no write can land between two collections, so the copy is one consistent cut.
   */
  exportState(): MemoryStoreState {
    return Array.from(this.states.values(), (state) => ({
      name: state.name,
      indexes: state.indexSpecs,
      docs: [...state.docs.values()],
    }));
  }

  /** Loads an exported state into this (empty) store. */
  importState(collections: MemoryStoreState): void {
    if (this.states.size > 0) throw new Error('A snapshot loads into an empty store only');
    for (const { name, indexes, docs } of collections) {
      const state = new CollectionState(name);
      state.load(indexes, docs);
      this.states.set(name, state);
    }
  }

  async close(): Promise<void> {}
}
