import type { Filter, FindOptions, ReadCollection } from '../read-store.port';
import { ALL_IDS, PEOPLE, idsOf, type Person } from './fixtures';
import type { ContractContext } from './contract-context';

const FILTERS: readonly [string, Filter, string[]][] = [
  ['implicit $eq', { city: 'London' }, ['p1']],
  ['$eq', { age: { $eq: 41 } }, ['p2']],
  ['$ne, which also matches a missing field', { 'address.country': { $ne: 'UK' } }, ['p3', 'p4', 'p5']],
  ['$ne null, which excludes null and missing', { age: { $ne: null } }, ['p1', 'p2', 'p3']],
  ['null, which matches null and missing', { age: null }, ['p4', 'p5']],
  ['$gt with $lte', { age: { $gt: 36, $lte: 85 } }, ['p2', 'p3']],
  ['$gte with $lt', { age: { $gte: 36, $lt: 41 } }, ['p1']],
  ['$in', { city: { $in: ['London', 'Boston', 'Paris'] } }, ['p1', 'p5']],
  ['$nin, which also matches a missing field', { 'address.country': { $nin: ['UK'] } }, ['p3', 'p4', 'p5']],
  ['$or', { $or: [{ age: { $gt: 80 } }, { city: 'Boston' }] }, ['p3', 'p5']],
  ['$and', { $and: [{ tags: 'math' }, { age: { $lt: 40 } }] }, ['p1']],
  ['$exists false', { address: { $exists: false } }, ['p5']],
  ['$exists true, where null exists', { age: { $exists: true } }, ['p1', 'p2', 'p3', 'p4']],
  ['$regex with option i', { name: { $regex: '^a', $options: 'i' } }, ['p1', 'p2']],
  ['$regex, case-sensitive', { name: { $regex: '^a' } }, ['p2']],
  ['a RegExp value', { name: /^a/i }, ['p1', 'p2']],
  ['a nested dotted path', { 'address.country': 'US' }, ['p3', 'p4']],
  ['a comparison on a dotted path', { 'address.zip': { $gte: 'M' } }, ['p1', 'p2']],
  ['an element of an array', { tags: 'math' }, ['p1', 'p2']],
  ['$in against array elements', { tags: { $in: ['ai', 'navy'] } }, ['p3', 'p5']],
  ['a dotted path into an array of documents', { 'orders.sku': 'b' }, ['p1', 'p2']],
  ['a comparison through an array of documents', { 'orders.qty': { $gt: 2 } }, ['p1']],
  ['a Date range', { joined: { $gte: new Date('2021-01-01T00:00:00Z') } }, ['p2', 'p4', 'p5']],
  ['_id', { _id: 'p3' }, ['p3']],
  ['_id $eq', { _id: { $eq: 'p4' } }, ['p4']],
  ['_id $in with another condition', { _id: { $in: ['p1', 'p2', 'p9'] }, age: { $gt: 40 } }, ['p2']],
  ['_id $in with an empty list', { _id: { $in: [] } }, []],
  ['_id $ne', { _id: { $ne: 'p1' } }, ['p2', 'p3', 'p4', 'p5']],
  ['an unknown _id', { _id: 'nobody' }, []],
  ['the empty filter', {}, ALL_IDS],
];

const SORTS: readonly [string, FindOptions, string[]][] = [
  ['ascending, null and missing first and equal', { sort: { age: 1, _id: 1 } }, ['p4', 'p5', 'p1', 'p2', 'p3']],
  ['on several keys, mixed directions', { sort: { 'address.country': 1, age: -1 } }, ['p5', 'p2', 'p1', 'p3', 'p4']],
  ['strings in binary order', { sort: { name: 1 } }, ['p1', 'p5', 'p3', 'p4', 'p2']],
  ['dates descending', { sort: { joined: -1 } }, ['p5', 'p4', 'p2', 'p1', 'p3']],
  ['with skip and limit', { sort: { _id: 1 }, skip: 1, limit: 2 }, ['p2', 'p3']],
  ['with skip near the end', { sort: { _id: -1 }, skip: 4 }, ['p1']],
  ['with skip past the end', { sort: { _id: 1 }, skip: 10 }, []],
  ['with limit 0 meaning no limit', { sort: { _id: 1 }, limit: 0 }, ALL_IDS],
];

export function queryCases({ collection, itBeyondFerretDb }: ContractContext): void {
  describe('queries', () => {
    let people: ReadCollection<Person>;
    beforeAll(async () => {
      people = collection<Person>('people');
      await people.bulkWrite(PEOPLE.map((document) => ({ insertOne: { document } })));
    });

    it.each(FILTERS)('find by %s', async (_name, filter, expected) => {
      expect(idsOf(await people.find(filter)).sort()).toEqual(expected);
    });

    itBeyondFerretDb('find by $elemMatch on documents', async () => {
      expect(idsOf(await people.find({ orders: { $elemMatch: { sku: 'b', qty: { $gte: 3 } } } }))).toEqual(['p1']);
    });

    it.each(SORTS)('sorts %s', async (_name, options, expected) => {
      expect(idsOf(await people.find({}, options))).toEqual(expected);
    });

    it('limits without a sort', async () => {
      expect(await people.find({ tags: { $exists: true } }, { limit: 2 })).toHaveLength(2);
    });

    it('reads a document back exactly as written, dates and nesting included', async () => {
      const found = await people.findOne({ _id: 'p1' });
      expect(found).toEqual(PEOPLE[0]);
      expect(found?.joined).toBeInstanceOf(Date);
    });

    it('projects by inclusion, _id included unless excluded', async () => {
      expect(await people.find({ _id: 'p1' }, { projection: { name: 1 } })).toEqual([{ _id: 'p1', name: 'Ada' }]);
      expect(await people.find({ _id: 'p1' }, { projection: { name: 1, _id: 0 } })).toEqual([{ name: 'Ada' }]);
    });

    it('projects nested fields by inclusion', async () => {
      const found = await people.find(
        { _id: { $in: ['p1', 'p5'] } },
        { projection: { 'address.zip': 1, age: 1 }, sort: { _id: 1 } },
      );
      expect(found).toEqual([{ _id: 'p1', age: 36, address: { zip: 'N1' } }, { _id: 'p5' }]);
    });

    it('projects by exclusion, nested fields too', async () => {
      expect(
        await people.findOne({ _id: 'p1' }, { projection: { tags: 0, orders: 0, joined: 0, 'address.country': 0 } }),
      ).toEqual({
        _id: 'p1',
        name: 'Ada',
        age: 36,
        city: 'London',
        address: { zip: 'N1' },
      });
    });

    it('findOne honours sort, skip and projection, and answers null on no match', async () => {
      expect(await people.findOne({ tags: 'math' }, { sort: { age: -1 }, projection: { name: 1 } })).toEqual({
        _id: 'p2',
        name: 'alan',
      });
      expect(await people.findOne({}, { sort: { _id: 1 }, skip: 2, projection: { _id: 1 } })).toEqual({ _id: 'p3' });
      expect(await people.findOne({ city: 'Nowhere' })).toBeNull();
    });

    it('counts documents', async () => {
      expect(await people.countDocuments()).toBe(5);
      expect(await people.countDocuments({})).toBe(5);
      expect(await people.countDocuments({ tags: 'math' })).toBe(2);
      expect(await people.countDocuments({ _id: { $in: ['p1', 'p9'] } })).toBe(1);
    });

    it('reads a collection that was never written as empty', async () => {
      const nothing = collection('never_written');
      expect(await nothing.find({})).toEqual([]);
      expect(await nothing.findOne({ _id: 'x' })).toBeNull();
      expect(await nothing.countDocuments()).toBe(0);
      expect(await nothing.aggregate([{ $match: {} }])).toEqual([]);
    });
  });
}
