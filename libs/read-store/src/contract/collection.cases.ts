import { DuplicateKeyError, type Document } from '../read-store.port';
import type { ContractContext } from './contract-context';

type Account = Document & { email?: string; eventId?: string; seat?: string; list?: number[]; nested?: { n: number } };

export function collectionCases({ collection, store, itBeyondFerretDb }: ContractContext): void {
  describe('indexes', () => {
    it('a unique index refuses a duplicate on insert, update and upsert, and frees a deleted key', async () => {
      const col = collection<Account>('unique');
      expect(typeof (await col.createIndex({ email: 1 }, { unique: true }))).toBe('string');
      await col.insertOne({ _id: 'a', email: 'ada@example.org' });
      await col.insertOne({ _id: 'b', email: 'alan@example.org' });
      await expect(col.insertOne({ _id: 'c', email: 'ada@example.org' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(col.updateOne({ _id: 'b' }, { $set: { email: 'ada@example.org' } })).rejects.toBeInstanceOf(
        DuplicateKeyError,
      );
      await expect(
        col.updateOne({ _id: 'd' }, { $set: { email: 'ada@example.org' } }, { upsert: true }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(col.replaceOne({ _id: 'b' }, { _id: 'b', email: 'ada@example.org' })).rejects.toBeInstanceOf(
        DuplicateKeyError,
      );
      expect(await col.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'a', email: 'ada@example.org' },
        { _id: 'b', email: 'alan@example.org' },
      ]);
      await col.deleteOne({ _id: 'a' });
      await col.updateOne({ _id: 'b' }, { $set: { email: 'ada@example.org' } });
      await col.insertOne({ _id: 'c', email: 'alan@example.org' });
      expect(await col.countDocuments()).toBe(2);
    });

    it('a compound unique index refuses only the same combination', async () => {
      const col = collection<Account>('unique_compound');
      await col.createIndex({ eventId: 1, seat: 1 }, { unique: true });
      await col.insertOne({ _id: '1', eventId: 'e1', seat: 'A1' });
      await col.insertOne({ _id: '2', eventId: 'e2', seat: 'A1' });
      await col.insertOne({ _id: '3', eventId: 'e1', seat: 'A2' });
      await expect(col.insertOne({ _id: '4', eventId: 'e2', seat: 'A1' })).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('a unique index cannot be built over existing duplicates', async () => {
      const col = collection<Account>('unique_late');
      await col.insertOne({ _id: 'a', email: 'x' });
      await col.insertOne({ _id: 'b', email: 'x' });
      await expect(col.createIndex({ email: 1 }, { unique: true })).rejects.toBeInstanceOf(DuplicateKeyError);
      await col.insertOne({ _id: 'c', email: 'x' });
    });

    itBeyondFerretDb('a unique index counts a missing field as null', async () => {
      const col = collection<Account>('unique_missing');
      await col.createIndex({ email: 1 }, { unique: true });
      await col.insertOne({ _id: 'a' });
      await expect(col.insertOne({ _id: 'b' })).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('createIndex names indexes, is idempotent, and a plain index constrains nothing', async () => {
      const col = collection<Account>('plain_index');
      expect(await col.createIndex({ eventId: 1, seat: -1 })).toBe('eventId_1_seat_-1');
      expect(await col.createIndex({ eventId: 1, seat: -1 })).toBe('eventId_1_seat_-1');
      expect(await col.createIndex({ email: 1 }, { name: 'by_email' })).toBe('by_email');
      await col.insertOne({ _id: 'a', email: 'x', eventId: 'e', seat: 's' });
      await col.insertOne({ _id: 'b', email: 'x', eventId: 'e', seat: 's' });
      expect(await col.countDocuments({ email: 'x' })).toBe(2);
    });
  });

  describe('collections', () => {
    it('a collection is listed once written, and dropping removes it and its documents', async () => {
      const col = collection('listed');
      expect(await store().listCollections()).not.toContain(col.name);
      await col.insertOne({ _id: 'a' });
      expect(await store().listCollections()).toContain(col.name);
      await store().dropCollection(col.name);
      expect(await store().listCollections()).not.toContain(col.name);
      expect(await col.countDocuments()).toBe(0);
      await col.insertOne({ _id: 'a' });
      expect(await col.countDocuments()).toBe(1);
    });

    it('dropping a collection that does not exist succeeds', async () => {
      await expect(store().dropCollection(`${collection('never').name}_missing`)).resolves.toBeUndefined();
    });

    it('dropping a collection drops its unique indexes too', async () => {
      const col = collection<Account>('drop_index');
      await col.createIndex({ email: 1 }, { unique: true });
      await col.insertOne({ _id: 'a', email: 'x' });
      await store().dropCollection(col.name);
      await col.insertOne({ _id: 'a', email: 'x' });
      await col.insertOne({ _id: 'b', email: 'x' });
      expect(await col.countDocuments()).toBe(2);
    });
  });

  describe('isolation', () => {
    it('documents read are copies: changing them changes nothing stored', async () => {
      const col = collection<Account>('copies_out');
      await col.insertOne({ _id: 'a', list: [1], nested: { n: 1 } });
      const [found] = await col.find({});
      found.list?.push(2);
      (found.nested as { n: number }).n = 99;
      const one = (await col.findOne({ _id: 'a' })) as Account;
      one.list?.push(3);
      const [aggregated] = await col.aggregate<Account>([{ $match: { _id: 'a' } }]);
      aggregated.list?.push(4);
      expect(await col.findOne({ _id: 'a' })).toEqual({ _id: 'a', list: [1], nested: { n: 1 } });
    });

    it('documents written are copies: changing the caller’s objects afterwards changes nothing stored', async () => {
      const col = collection<Account>('copies_in');
      const doc: Account = { _id: 'a', list: [1], nested: { n: 1 } };
      await col.insertOne(doc);
      doc.list?.push(2);
      const replacement: Account = { _id: 'b', list: [1] };
      await col.replaceOne({ _id: 'b' }, replacement, { upsert: true });
      replacement.list?.push(2);
      const value = { n: 1 };
      await col.updateOne({ _id: 'c' }, { $set: { nested: value } }, { upsert: true });
      value.n = 2;
      await col.bulkWrite([{ insertOne: { document: { ...doc, _id: 'd' } } }]);
      doc.list?.push(3);
      expect(await col.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'a', list: [1], nested: { n: 1 } },
        { _id: 'b', list: [1] },
        { _id: 'c', nested: { n: 1 } },
        { _id: 'd', list: [1, 2], nested: { n: 1 } },
      ]);
    });
  });
}
