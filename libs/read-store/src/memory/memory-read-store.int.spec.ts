import { readStoreContract } from '../contract/read-store.contract';
import type { Document, ReadCollection, ReadStore } from '../read-store.port';
import { MemoryReadStore } from './memory-read-store';
import { cloneDeep } from './values';

readStoreContract('memory (mingo)', async () => new MemoryReadStore());

/**
 * The store a start from a snapshot gives (documents loaded, lookup indexes deferred until a read
 * needs them), taken again before every call: each write and read meets a freshly loaded state.
 * Copied with cloneDeep rather than V8's serializer, whose Dates would come from outside Jest's sandbox.
 */
class ReloadedBeforeEveryCall implements ReadStore {
  private current = new MemoryReadStore();

  private reload(): MemoryReadStore {
    const next = new MemoryReadStore();
    next.importState(this.current.exportState().map((c) => ({ ...c, docs: c.docs.map((doc) => cloneDeep(doc)) })));
    this.current = next;
    return next;
  }

  collection<T extends Document = Document>(name: string): ReadCollection<T> {
    return new Proxy({} as ReadCollection<T>, {
      get: (_target, method) => {
        if (method === 'then') return undefined; // not a promise
        const value = (this.current.collection<T>(name) as unknown as Record<string | symbol, unknown>)[method];
        if (typeof value !== 'function') return value; // its name
        return (...args: unknown[]) => {
          const collection = this.reload().collection<T>(name) as unknown as Record<
            string | symbol,
            (...a: unknown[]) => unknown
          >;
          return collection[method](...args);
        };
      },
    });
  }

  listCollections = () => this.current.listCollections();
  dropCollection = (name: string) => this.current.dropCollection(name);
  close = () => this.current.close();
}

readStoreContract('memory, loaded from a snapshot before every call', async () => new ReloadedBeforeEveryCall());

/** What only the memory adapter needs checking: the paths handed to mingo rather than run natively. */
describe('MemoryReadStore beyond the contract', () => {
  it('keeps handed-over documents as given, frozen under test, and still hands out copies to queries', async () => {
    const col = new MemoryReadStore().collection<Document & { tags: string[] }>('handed');
    const doc = { _id: 'a', tags: ['x'] };
    await col.bulkWrite([{ replaceOne: { filter: { _id: 'a' }, replacement: doc, upsert: true } }], { handOver: true });
    const [lent] = await col.documentsById(['a']);
    expect(lent).toBe(doc);
    expect(Object.isFrozen(lent) && Object.isFrozen(lent.tags)).toBe(true);
    expect(() => lent.tags.push('y')).toThrow(TypeError); // a projection changing what it was given fails here
    const copy = (await col.findOne({ _id: 'a' }))!;
    copy.tags.push('mine');
    expect((await col.findOne({ _id: 'a' }))!.tags).toEqual(['x']);
  });

  it('answers index reads right when the index was added empty and filled before any read (built on first use)', async () => {
    const col = new MemoryReadStore().collection<Document & { k: string; n: number }>('late_index');
    await col.createIndex({ k: 1, n: 1 });
    await col.bulkWrite(
      [
        { insertOne: { document: { _id: 'a', k: 'x', n: 1 } } },
        { insertOne: { document: { _id: 'b', k: 'x', n: 2 } } },
        { replaceOne: { filter: { _id: 'b' }, replacement: { _id: 'b', k: 'y', n: 2 } } },
        { insertOne: { document: { _id: 'c', k: 'x', n: 3 } } },
        { deleteOne: { filter: { _id: 'c' } } },
      ],
      { handOver: true },
    );
    expect((await col.find({ k: 'x' })).map((d) => d._id)).toEqual(['a']);
    expect((await col.find({ k: 'y' })).map((d) => d._id)).toEqual(['b']);
    // Built now: later writes keep it up to date.
    await col.replaceOne({ _id: 'a' }, { _id: 'a', k: 'y', n: 1 });
    await col.insertOne({ _id: 'd', k: 'x', n: 4 });
    expect((await col.find({ k: 'y' }, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['a', 'b']);
    expect((await col.find({ k: 'x', n: { $gte: 4 } })).map((d) => d._id)).toEqual(['d']);
  });

  it('applies positional updates, $rename and $push modifiers through mingo', async () => {
    const col = new MemoryReadStore().collection('c');
    await col.insertOne({ _id: 'a', items: [{ k: 1 }, { k: 2 }], old: 1, list: [1, 2, 3] });
    const update = {
      $set: { 'items.$.v': 9 },
      $rename: { old: 'renamed' },
      $push: { list: { $each: [4, 5], $slice: -3 } },
    };
    expect(await col.updateOne({ _id: 'a', 'items.k': 2 }, update)).toEqual({
      matchedCount: 1,
      modifiedCount: 1,
      upsertedCount: 0,
    });
    expect(await col.findOne({ _id: 'a' })).toEqual({
      _id: 'a',
      items: [{ k: 1 }, { k: 2, v: 9 }],
      list: [3, 4, 5],
      renamed: 1,
    });
  });

  it('gives an upserted document without _id a generated one', async () => {
    const col = new MemoryReadStore().collection('c');
    await col.updateOne({ kind: 'k' }, { $set: { n: 1 } }, { upsert: true });
    expect(await col.findOne({ kind: 'k' })).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{24}$/), kind: 'k', n: 1 });
  });

  it('resolves $lookup against the other collections of the store', async () => {
    const store = new MemoryReadStore();
    await store.collection('people').insertOne({ _id: 'p1', name: 'Ada' });
    await store.collection('bookings').insertOne({ _id: 'b1', personId: 'p1' });
    const joined = await store
      .collection('bookings')
      .aggregate([{ $lookup: { from: 'people', localField: 'personId', foreignField: '_id', as: 'person' } }]);
    expect(joined).toEqual([{ _id: 'b1', personId: 'p1', person: [{ _id: 'p1', name: 'Ada' }] }]);
  });

  it('refuses an update without operators and one that changes _id', async () => {
    const col = new MemoryReadStore().collection('c');
    await col.insertOne({ _id: 'a' });
    await expect(col.updateOne({ _id: 'a' }, { n: 1 })).rejects.toThrow(/atomic operators/);
    await expect(col.updateOne({ _id: 'a' }, { $set: { _id: 'b' } })).rejects.toThrow(/immutable field '_id'/);
  });
});
