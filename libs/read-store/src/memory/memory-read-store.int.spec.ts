import { readStoreContract } from '../contract/read-store.contract';
import { MemoryReadStore } from './memory-read-store';

readStoreContract('memory (mingo)', async () => new MemoryReadStore());

/** What only the memory adapter needs checking: the paths handed to mingo rather than run natively. */
describe('MemoryReadStore beyond the contract', () => {
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
