import { DuplicateKeyError, type Document, type ReadCollection } from '../read-store.port';
import type { ContractContext } from './contract-context';

type Item = Document & { kind?: string; n?: number; text?: string; nested?: Record<string, unknown> };

const seeded = async (items: ReadCollection<Item>, ...docs: Item[]): Promise<ReadCollection<Item>> => {
  for (const doc of docs) await items.insertOne(doc);
  return items;
};

export function writeCases({ collection }: ContractContext): void {
  const items = (label: string) => collection<Item>(label);

  describe('insertOne', () => {
    it('stores a document that reads back equal', async () => {
      const col = items('insert');
      const doc: Item = { _id: 'a', text: 'é ✓ 漢字', nested: { list: [1, { deep: true }], none: null }, n: 1.5 };
      await col.insertOne(doc);
      expect(await col.findOne({ _id: 'a' })).toEqual(doc);
    });

    it('refuses a duplicate _id with DuplicateKeyError and keeps the first', async () => {
      const col = await seeded(items('dup'), { _id: 'a', n: 1 });
      await expect(col.insertOne({ _id: 'a', n: 2 })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await col.find({})).toEqual([{ _id: 'a', n: 1 }]);
    });
  });

  describe('replaceOne', () => {
    it('replaces the whole matched document', async () => {
      const col = await seeded(items('replace'), { _id: 'a', kind: 'x', n: 1 });
      expect(await col.replaceOne({ kind: 'x' }, { _id: 'a', text: 'new' })).toEqual({
        matchedCount: 1,
        modifiedCount: 1,
        upsertedCount: 0,
      });
      expect(await col.find({})).toEqual([{ _id: 'a', text: 'new' }]);
    });

    it('does nothing on no match without upsert', async () => {
      const col = await seeded(items('replace_miss'), { _id: 'a' });
      expect(await col.replaceOne({ _id: 'b' }, { _id: 'b', n: 1 })).toEqual({
        matchedCount: 0,
        modifiedCount: 0,
        upsertedCount: 0,
      });
      expect(await col.countDocuments()).toBe(1);
    });

    it('inserts on no match with upsert', async () => {
      const col = items('replace_upsert');
      expect(await col.replaceOne({ _id: 'b' }, { _id: 'b', n: 1 }, { upsert: true })).toEqual({
        matchedCount: 0,
        modifiedCount: 0,
        upsertedCount: 1,
      });
      expect(await col.replaceOne({ _id: 'b' }, { _id: 'b', n: 2 }, { upsert: true })).toEqual({
        matchedCount: 1,
        modifiedCount: 1,
        upsertedCount: 0,
      });
      expect(await col.find({})).toEqual([{ _id: 'b', n: 2 }]);
    });

    it('counts an identical replacement as not modified', async () => {
      const col = await seeded(items('replace_same'), { _id: 'a', n: 1, nested: { x: [1] } });
      expect(await col.replaceOne({ _id: 'a' }, { _id: 'a', n: 1, nested: { x: [1] } })).toEqual({
        matchedCount: 1,
        modifiedCount: 0,
        upsertedCount: 0,
      });
    });

    it('refuses to change _id', async () => {
      const col = await seeded(items('replace_id'), { _id: 'a', n: 1 });
      await expect(col.replaceOne({ _id: 'a' }, { _id: 'b', n: 2 })).rejects.toThrow();
      expect(await col.find({})).toEqual([{ _id: 'a', n: 1 }]);
    });
  });

  describe('deleteOne and deleteMany', () => {
    const docs = (): Item[] => [
      { _id: 'a', kind: 'x' },
      { _id: 'b', kind: 'x' },
      { _id: 'c', kind: 'y' },
    ];

    it('deleteOne removes one matching document', async () => {
      const col = await seeded(items('delete_one'), ...docs());
      expect(await col.deleteOne({ kind: 'x' })).toEqual({ deletedCount: 1 });
      expect(await col.countDocuments({ kind: 'x' })).toBe(1);
      expect(await col.deleteOne({ _id: 'c' })).toEqual({ deletedCount: 1 });
      expect(await col.deleteOne({ _id: 'c' })).toEqual({ deletedCount: 0 });
    });

    it('deleteMany removes all matching documents, or all with no filter', async () => {
      const col = await seeded(items('delete_many'), ...docs());
      expect(await col.deleteMany({ kind: 'x' })).toEqual({ deletedCount: 2 });
      expect(await col.deleteMany({ kind: 'x' })).toEqual({ deletedCount: 0 });
      await col.insertOne({ _id: 'd' });
      expect(await col.deleteMany()).toEqual({ deletedCount: 2 });
      expect(await col.countDocuments()).toBe(0);
    });
  });

  describe('bulkWrite', () => {
    it('applies mixed operations in order', async () => {
      const col = await seeded(
        items('bulk'),
        { _id: 'a', kind: 'x', n: 1 },
        { _id: 'b', kind: 'x', n: 2 },
        { _id: 'c', kind: 'y' },
      );
      await col.bulkWrite([
        { insertOne: { document: { _id: 'd', kind: 'y' } } },
        { updateOne: { filter: { _id: 'a' }, update: { $inc: { n: 10 } } } },
        { updateOne: { filter: { _id: 'e' }, update: { $set: { n: 5 } }, upsert: true } },
        { replaceOne: { filter: { _id: 'f' }, replacement: { _id: 'f', kind: 'z' }, upsert: true } },
        { replaceOne: { filter: { _id: 'b' }, replacement: { _id: 'b', kind: 'x', n: 20 } } },
        { updateMany: { filter: { kind: 'x' }, update: { $set: { seen: true } } } },
        { deleteOne: { filter: { kind: 'y' } } },
        { deleteMany: { filter: { kind: 'z' } } },
        { updateOne: { filter: { _id: 'd' }, update: { $set: { after: 'delete' } } } },
      ]);
      const all = await col.find({}, { sort: { _id: 1 } });
      expect(all.filter((d) => d.kind === 'y')).toHaveLength(1);
      expect(all.filter((d) => d._id !== 'c' && d._id !== 'd')).toEqual([
        { _id: 'a', kind: 'x', n: 11, seen: true },
        { _id: 'b', kind: 'x', n: 20, seen: true },
        { _id: 'e', n: 5 },
      ]);
    });

    it('stops at the first failing operation and keeps the earlier ones', async () => {
      const col = await seeded(items('bulk_fail'), { _id: 'a' });
      const failing = col.bulkWrite([
        { insertOne: { document: { _id: 'b' } } },
        { updateOne: { filter: { _id: 'a' }, update: { $set: { n: 1 } } } },
        { insertOne: { document: { _id: 'a' } } },
        { insertOne: { document: { _id: 'c' } } },
      ]);
      await expect(failing).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await col.find({}, { sort: { _id: 1 } })).toEqual([{ _id: 'a', n: 1 }, { _id: 'b' }]);
    });

    it('accepts an empty list', async () => {
      await expect(items('bulk_empty').bulkWrite([])).resolves.toBeUndefined();
    });

    it('stores handed-over documents as it stores copies: upserts, replacements, deletions in order', async () => {
      const col = await seeded(items('bulk_hand_over'), { _id: 'a', n: 1 }, { _id: 'b', n: 2 });
      await col.bulkWrite(
        [
          {
            replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', n: 10, nested: { list: [1] } }, upsert: true },
          },
          { replaceOne: { filter: { _id: 'c' }, replacement: { _id: 'c', n: 3 }, upsert: true } },
          { deleteOne: { filter: { _id: 'b' } } },
          { replaceOne: { filter: { n: 3 }, replacement: { _id: 'c', n: 30 } } },
        ],
        { handOver: true },
      );
      expect(await col.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'a', n: 10, nested: { list: [1] } },
        { _id: 'c', n: 30 },
      ]);
      expect(await col.find({ n: { $gte: 10 } }, { sort: { _id: 1 } })).toHaveLength(2);
    });
  });

  describe('documentsById', () => {
    it('gives the documents with the ids asked for, none for an id it does not have', async () => {
      const col = await seeded(items('by_id'), { _id: 'a', n: 1 }, { _id: 'b', n: 2 }, { _id: 'c', n: 3 });
      const found = await col.documentsById(['c', 'a', 'missing']);
      expect([...found].sort((x, y) => x._id.localeCompare(y._id))).toEqual([
        { _id: 'a', n: 1 },
        { _id: 'c', n: 3 },
      ]);
      expect(await items('by_id_empty').documentsById(['a'])).toEqual([]);
    });
  });
}
