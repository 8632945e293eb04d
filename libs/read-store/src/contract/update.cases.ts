import type { Document, Update, UpdateResult } from '../read-store.port';
import type { ContractContext } from './contract-context';

const updated = (matchedCount: number, modifiedCount: number, upsertedCount = 0): UpdateResult => ({
  matchedCount,
  modifiedCount,
  upsertedCount,
});

export function updateCases({ collection, itBeyondFerretDb }: ContractContext): void {
  /** Applies `update` to `before` (stored as _id 'a') and returns the stored result. */
  const applied = async (before: Record<string, unknown>, update: Update, expected = updated(1, 1)) => {
    const col = collection('update');
    await col.insertOne({ _id: 'a', ...before });
    expect(await col.updateOne({ _id: 'a' }, update)).toEqual(expected);
    const { _id, ...after } = (await col.findOne({ _id: 'a' })) as Document;
    return after;
  };

  describe('updateOne operators', () => {
    it('$set sets top-level and dotted fields, creating intermediate documents', async () => {
      expect(
        await applied({ a: 1, b: { c: 1 } }, { $set: { a: 2, 'b.d': 3, 'x.y.z': 1, list: [1, { k: 2 }] } }),
      ).toEqual({
        a: 2,
        b: { c: 1, d: 3 },
        x: { y: { z: 1 } },
        list: [1, { k: 2 }],
      });
    });

    it('$set to the current value modifies nothing', async () => {
      expect(await applied({ a: 1, b: { c: [1] } }, { $set: { a: 1, 'b.c': [1] } }, updated(1, 0))).toEqual({
        a: 1,
        b: { c: [1] },
      });
    });

    it('$set addresses an array element by index', async () => {
      expect(await applied({ list: [{ k: 1 }, { k: 2 }] }, { $set: { 'list.1.k': 5 } })).toEqual({
        list: [{ k: 1 }, { k: 5 }],
      });
    });

    it('$unset removes top-level and nested fields', async () => {
      expect(await applied({ a: 1, b: { c: 1, d: 2 } }, { $unset: { a: '', 'b.c': '', missing: '' } })).toEqual({
        b: { d: 2 },
      });
    });

    it('$inc adds to a number and creates a missing field', async () => {
      expect(await applied({ n: 5, nested: { m: 1 } }, { $inc: { n: -2, 'nested.m': 10, fresh: 3 } })).toEqual({
        n: 3,
        nested: { m: 11 },
        fresh: 3,
      });
    });

    it('$inc refuses a non-numeric field', async () => {
      const col = collection('inc_bad');
      await col.insertOne({ _id: 'a', s: 'text' });
      await expect(col.updateOne({ _id: 'a' }, { $inc: { s: 1 } })).rejects.toThrow();
      expect(await col.findOne({ _id: 'a' })).toEqual({ _id: 'a', s: 'text' });
    });

    it('$push appends one value or $each, creating the array', async () => {
      expect(await applied({ tags: ['a'] }, { $push: { tags: 'b', fresh: 1 } })).toEqual({
        tags: ['a', 'b'],
        fresh: [1],
      });
      expect(await applied({ tags: ['a'] }, { $push: { tags: { $each: ['b', 'c'] } } })).toEqual({
        tags: ['a', 'b', 'c'],
      });
    });

    it('$pull removes every equal scalar and every equal document', async () => {
      expect(
        await applied(
          { tags: ['a', 'b', 'a', 'c'], items: [{ k: 1 }, { k: 2 }] },
          { $pull: { tags: 'a', items: { k: 1 } } },
        ),
      ).toEqual({
        tags: ['b', 'c'],
        items: [{ k: 2 }],
      });
    });

    itBeyondFerretDb('$pull removes the elements matching a condition', async () => {
      expect(
        await applied(
          { nums: [1, 5, 2, 7], items: [{ k: 1 }, { k: 3 }] },
          { $pull: { nums: { $gt: 3 }, items: { k: { $gte: 2 } } } },
        ),
      ).toEqual({
        nums: [1, 2],
        items: [{ k: 1 }],
      });
    });

    it('$addToSet adds only what is absent, documents compared by value', async () => {
      expect(
        await applied({ tags: ['a'], items: [{ k: 1 }] }, { $addToSet: { tags: 'a', items: { k: 1 } } }, updated(1, 0)),
      ).toEqual({
        tags: ['a'],
        items: [{ k: 1 }],
      });
      expect(await applied({ tags: ['a'] }, { $addToSet: { tags: { $each: ['a', 'b', 'b'] }, fresh: 'x' } })).toEqual({
        tags: ['a', 'b'],
        fresh: ['x'],
      });
    });

    it('$max and $min replace only when the new value is greater or smaller', async () => {
      expect(await applied({ hi: 5, lo: 5 }, { $max: { hi: 3 }, $min: { lo: 7 } }, updated(1, 0))).toEqual({
        hi: 5,
        lo: 5,
      });
      expect(await applied({ hi: 5, lo: 5 }, { $max: { hi: 9, fresh: 1 }, $min: { lo: 2 } })).toEqual({
        hi: 9,
        lo: 2,
        fresh: 1,
      });
    });

    it('$setOnInsert does nothing to an existing document', async () => {
      expect(await applied({ n: 1 }, { $set: { n: 2 }, $setOnInsert: { created: true } })).toEqual({ n: 2 });
    });

    it('updates only the first match, and nothing on no match', async () => {
      const col = collection('update_one');
      await col.insertOne({ _id: 'a', kind: 'x' });
      await col.insertOne({ _id: 'b', kind: 'x' });
      expect(await col.updateOne({ kind: 'x' }, { $set: { flag: true } })).toEqual(updated(1, 1));
      expect(await col.countDocuments({ flag: true })).toBe(1);
      expect(await col.updateOne({ kind: 'z' }, { $set: { flag: true } })).toEqual(updated(0, 0));
      expect(await col.countDocuments()).toBe(2);
    });
  });

  describe('upsert', () => {
    it('inserts from the equality fields of the filter, then applies the update and $setOnInsert', async () => {
      const col = collection('upsert');
      const filter = { _id: 's1', kind: 'seat', 'pos.row': 'A', price: { $gt: 5 }, section: { $eq: 'north' } };
      const update = { $set: { state: 'held' }, $setOnInsert: { createdAt: 1 }, $inc: { holds: 1 } };
      expect(await col.updateOne(filter, update, { upsert: true })).toEqual(updated(0, 0, 1));
      const inserted = {
        _id: 's1',
        kind: 'seat',
        pos: { row: 'A' },
        section: 'north',
        state: 'held',
        createdAt: 1,
        holds: 1,
      };
      expect(await col.findOne({ _id: 's1' })).toEqual(inserted);
      expect(await col.updateOne({ _id: 's1', kind: 'seat', 'pos.row': 'A' }, update, { upsert: true })).toEqual(
        updated(1, 1),
      );
      expect(await col.findOne({ _id: 's1' })).toEqual({ ...inserted, holds: 2 });
    });

    itBeyondFerretDb('copies equality fields from $and too', async () => {
      const col = collection('upsert_and');
      await col.updateOne({ $and: [{ _id: 'u' }, { kind: 'k' }] }, { $set: { n: 1 } }, { upsert: true });
      expect(await col.find({})).toEqual([{ _id: 'u', kind: 'k', n: 1 }]);
    });

    it('lets the update win over the filter', async () => {
      const col = collection('upsert_wins');
      await col.updateOne({ _id: 'u', state: 'free' }, { $set: { state: 'held' } }, { upsert: true });
      expect(await col.find({})).toEqual([{ _id: 'u', state: 'held' }]);
    });
  });

  describe('updateMany', () => {
    it('updates every match and counts matched and modified apart', async () => {
      const col = collection('update_many');
      for (const [_id, n] of [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ] as const)
        await col.insertOne({ _id, group: _id === 'c' ? 'h' : 'g', n });
      expect(await col.updateMany({ group: 'g' }, { $inc: { n: 10 } })).toEqual(updated(2, 2));
      expect(await col.updateMany({ n: { $gte: 3 } }, { $max: { n: 12 } })).toEqual(updated(3, 2));
      expect(await col.updateMany({ group: 'none' }, { $set: { n: 0 } })).toEqual(updated(0, 0));
      expect((await col.find({}, { sort: { _id: 1 } })).map((d) => d.n)).toEqual([12, 12, 12]);
    });
  });
}
