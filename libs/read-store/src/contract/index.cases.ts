import type { Document, ReadCollection } from '../read-store.port';
import { idsOf } from './fixtures';
import type { ContractContext } from './contract-context';

type Show = Document & { kind: string; day?: string | null; price?: number; sizes?: number[]; venue?: { lat: number } };

const SHOWS: readonly Show[] = [
  { _id: 's1', kind: 'jazz', day: '2030-01-05', price: 1500, sizes: [1, 20], venue: { lat: 52.1 } },
  { _id: 's2', kind: 'rock', day: '2030-01-02', price: 900, sizes: [5], venue: { lat: 48.8 } },
  { _id: 's3', kind: 'jazz', day: '2030-01-09', price: 3000, sizes: [], venue: { lat: 52.4 } },
  { _id: 's4', kind: 'jazz', day: null, price: 1500, venue: { lat: 51.9 } },
  { _id: 's5', kind: 'folk', price: 0, sizes: [7, 8] },
  { _id: 's6', kind: 'jazz', day: '2030-01-02', price: 2000, sizes: [30], venue: { lat: 52.3 } },
];

/**
 * Indexed fields must answer exactly as unindexed ones: ranges alone and with equalities, sorts
 * with a limit over an indexed field (missing and null first), documents moving between index
 * keys on update, and deletes. Every index is created before the data, so adapters that index
 * (the memory store's secondary indexes) serve these queries from their indexes.
 */
export function indexCases({ collection }: ContractContext): void {
  describe('queries over indexed fields', () => {
    let shows: ReadCollection<Show>;
    beforeAll(async () => {
      shows = collection<Show>('indexed_shows');
      for (const keys of [{ kind: 1, day: 1 }, { price: 1 }, { sizes: 1 }, { 'venue.lat': 1 }] as Record<string, 1>[])
        await shows.createIndex(keys);
      await shows.bulkWrite(SHOWS.map((document) => ({ insertOne: { document } })));
    });

    it.each([
      ['a string range', { day: { $gte: '2030-01-02', $lt: '2030-01-09' } }, ['s1', 's2', 's6']],
      ['a range with an equality', { kind: 'jazz', day: { $gt: '2030-01-02' } }, ['s1', 's3']],
      [
        'a number range with $in',
        { kind: { $in: ['jazz', 'folk'] }, price: { $gte: 0, $lte: 1500 } },
        ['s1', 's4', 's5'],
      ],
      ['a one-sided range', { price: { $gt: 1500 } }, ['s3', 's6']],
      ['two ranges (a bounding box)', { 'venue.lat': { $gte: 52, $lte: 52.35 }, price: { $lt: 2500 } }, ['s1', 's6']],
      ['a range whose bounds hold on different array elements', { sizes: { $gte: 10, $lte: 5 } }, ['s1']],
      ['a range on array elements', { sizes: { $gt: 6, $lt: 9 } }, ['s1', 's5']],
      ['a range of another type than the values', { price: { $gte: '' } }, []],
      ['ranges inside $or', { $or: [{ price: { $lt: 1000 } }, { day: { $gte: '2030-01-09' } }] }, ['s2', 's3', 's5']],
    ])('finds and counts by %s', async (_name, filter, expected) => {
      expect(idsOf(await shows.find(filter)).sort()).toEqual(expected);
      expect(await shows.countDocuments(filter)).toBe(expected.length);
    });

    it('sorts with a limit over an indexed field: missing and null first, ties by the next key', async () => {
      expect(idsOf(await shows.find({}, { sort: { day: 1, _id: 1 }, limit: 4 }))).toEqual(['s4', 's5', 's2', 's6']);
      expect(idsOf(await shows.find({}, { sort: { day: -1, _id: 1 }, skip: 1, limit: 3 }))).toEqual(['s1', 's2', 's6']);
      expect(idsOf(await shows.find({ kind: 'jazz' }, { sort: { price: -1, _id: -1 }, limit: 3 }))).toEqual([
        's3',
        's6',
        's4',
      ]);
      expect(
        idsOf(await shows.find({ price: { $lte: 2000 } }, { sort: { price: 1, day: -1 }, limit: 2, skip: 1 })),
      ).toEqual(['s2', 's1']);
    });

    it('moves a document between index keys on update and forgets it on delete', async () => {
      const col = collection<Show>('indexed_moves');
      await col.createIndex({ kind: 1 });
      await col.createIndex({ price: 1 });
      await col.bulkWrite(SHOWS.map((document) => ({ insertOne: { document } })));
      await col.updateOne({ _id: 's2' }, { $set: { kind: 'jazz', price: 5000 } });
      await col.updateMany({ kind: 'folk' }, { $inc: { price: 2500 } });
      await col.replaceOne({ _id: 's3' }, { _id: 's3', kind: 'opera', price: 100 });
      expect(idsOf(await col.find({ kind: 'jazz', price: { $gte: 1500 } }, { sort: { price: -1, _id: 1 } }))).toEqual([
        's2',
        's6',
        's1',
        's4',
      ]);
      expect(idsOf(await col.find({ price: { $gte: 2000, $lt: 3000 } }, { sort: { _id: 1 } }))).toEqual(['s5', 's6']);
      expect(await col.countDocuments({ kind: 'rock' })).toBe(0);
      await col.deleteMany({ price: { $gte: 2500 } });
      await col.deleteOne({ kind: 'opera' });
      expect(idsOf(await col.find({ price: { $gte: 0 } }, { sort: { price: 1, _id: 1 }, limit: 10 }))).toEqual([
        's1',
        's4',
        's6',
      ]);
      await col.insertOne({ _id: 's7', kind: 'jazz', price: 1700 });
      expect(idsOf(await col.find({ price: { $gt: 1500, $lt: 2000 } }))).toEqual(['s7']);
      expect(idsOf(await col.find({ kind: 'jazz' }, { sort: { price: -1 }, limit: 2 }))).toEqual(['s6', 's7']);
    });
  });
}
