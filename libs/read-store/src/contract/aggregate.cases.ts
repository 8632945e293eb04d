import type { ReadCollection } from '../read-store.port';
import { PEOPLE, type Person } from './fixtures';
import type { ContractContext } from './contract-context';

export function aggregateCases({ collection, itBeyondFerretDb }: ContractContext): void {
  describe('aggregate', () => {
    let people: ReadCollection<Person>;
    beforeAll(async () => {
      people = collection<Person>('agg_people');
      await people.bulkWrite(PEOPLE.map((document) => ({ insertOne: { document } })));
    });

    it('$match then $group with $sum of a field, then $sort', async () => {
      const result = await people.aggregate([
        { $match: { address: { $exists: true } } },
        { $group: { _id: '$address.country', years: { $sum: '$age' } } },
        { $sort: { _id: 1 } },
      ]);
      expect(result).toEqual([
        { _id: 'UK', years: 77 },
        { _id: 'US', years: 85 },
      ]);
    });

    // FerretDB v1 computes only the first accumulator of a $group; the others come back as 0.
    itBeyondFerretDb('$group with several accumulators', async () => {
      const result = await people.aggregate([
        { $match: { address: { $exists: true } } },
        { $group: { _id: '$address.country', years: { $sum: '$age' }, people: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ]);
      expect(result).toEqual([
        { _id: 'UK', years: 77, people: 2 },
        { _id: 'US', years: 85, people: 2 },
      ]);
    });

    it('$group on null and on a compound key', async () => {
      expect(await people.aggregate([{ $group: { _id: null, n: { $sum: 1 } } }])).toEqual([{ _id: null, n: 5 }]);
      const compound = await people.aggregate([
        { $match: { 'address.country': 'UK' } },
        { $group: { _id: { country: '$address.country', city: '$city' }, n: { $sum: 1 } } },
        { $sort: { '_id.city': 1 } },
      ]);
      expect(compound).toEqual([
        { _id: { country: 'UK', city: 'London' }, n: 1 },
        { _id: { country: 'UK', city: 'Manchester' }, n: 1 },
      ]);
    });

    it('$unwind an array, then $group and $sort on several keys', async () => {
      const result = await people.aggregate([
        { $unwind: '$tags' },
        { $group: { _id: '$tags', n: { $sum: 1 } } },
        { $sort: { n: -1, _id: 1 } },
      ]);
      expect(result).toEqual([
        { _id: 'math', n: 2 },
        { _id: 'ai', n: 1 },
        { _id: 'cobol', n: 1 },
        { _id: 'navy', n: 1 },
        { _id: 'poetry', n: 1 },
      ]);
    });

    it('$count', async () => {
      expect(await people.aggregate([{ $match: { tags: 'math' } }, { $count: 'n' }])).toEqual([{ n: 2 }]);
    });

    it('$sort, $skip, $limit and $project by inclusion and by exclusion', async () => {
      expect(
        await people.aggregate([{ $sort: { _id: 1 } }, { $skip: 1 }, { $limit: 2 }, { $project: { name: 1 } }]),
      ).toEqual([
        { _id: 'p2', name: 'alan' },
        { _id: 'p3', name: 'Grace' },
      ]);
      expect(await people.aggregate([{ $match: { _id: 'p5' } }, { $project: { tags: 0, joined: 0, _id: 0 } }])).toEqual(
        [{ name: 'Barbara', city: 'Boston' }],
      );
    });

    itBeyondFerretDb('$group with $avg, $min, $max and $push', async () => {
      const result = await people.aggregate([
        { $match: { 'address.country': 'UK' } },
        { $sort: { _id: 1 } },
        {
          $group: {
            _id: '$address.country',
            avg: { $avg: '$age' },
            min: { $min: '$age' },
            max: { $max: '$age' },
            names: { $push: '$name' },
          },
        },
      ]);
      expect(result).toEqual([{ _id: 'UK', avg: 38.5, min: 36, max: 41, names: ['Ada', 'alan'] }]);
    });

    itBeyondFerretDb('$facet', async () => {
      const result = await people.aggregate([
        {
          $facet: {
            total: [{ $count: 'n' }],
            oldest: [{ $sort: { age: -1 } }, { $limit: 1 }, { $project: { _id: 1 } }],
          },
        },
      ]);
      expect(result).toEqual([{ total: [{ n: 5 }], oldest: [{ _id: 'p3' }] }]);
    });

    itBeyondFerretDb('$bucket', async () => {
      const result = await people.aggregate([
        { $bucket: { groupBy: '$age', boundaries: [0, 40, 100], default: 'unknown' } },
      ]);
      expect(result).toEqual([
        { _id: 0, count: 1 },
        { _id: 40, count: 2 },
        { _id: 'unknown', count: 2 },
      ]);
    });

    itBeyondFerretDb('$project with field paths and expressions', async () => {
      const result = await people.aggregate([
        { $match: { _id: 'p1' } },
        { $project: { _id: 0, who: '$name', zip: '$address.zip', next: { $add: ['$age', 1] } } },
      ]);
      expect(result).toEqual([{ who: 'Ada', zip: 'N1', next: 37 }]);
    });

    itBeyondFerretDb('$unwind keeping empty arrays', async () => {
      const result = await people.aggregate([
        { $match: { _id: { $in: ['p4', 'p5'] } } },
        { $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } },
        { $project: { tags: 1 } },
        { $sort: { _id: 1 } },
      ]);
      expect(result).toEqual([{ _id: 'p4' }, { _id: 'p5', tags: 'ai' }]);
    });
  });
}
