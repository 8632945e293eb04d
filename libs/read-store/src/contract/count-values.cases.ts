import type { CountedValue, Document, Filter, ReadCollection } from '../read-store.port';
import type { ContractContext } from './contract-context';

type Gig = Document & {
  kind: string;
  day?: string | null;
  price?: number;
  tags?: string[];
  venue?: { city: string };
};

const GIGS: readonly Gig[] = [
  { _id: 'g1', kind: 'jazz', day: '2030-01-05', price: 1500, tags: ['late', 'bar'], venue: { city: 'Utrecht' } },
  { _id: 'g2', kind: 'rock', day: '2030-01-02', price: 900, tags: ['loud'], venue: { city: 'Paris' } },
  { _id: 'g3', kind: 'jazz', day: '2030-01-09', price: 3000, tags: [], venue: { city: 'Utrecht' } },
  { _id: 'g4', kind: 'jazz', day: null, price: 1500, tags: ['late', 'late'] },
  { _id: 'g5', kind: 'folk', price: 0, tags: ['bar'], venue: { city: 'Gent' } },
  { _id: 'g6', kind: 'jazz', day: '2030-01-02', price: 2000, venue: { city: 'Paris' } },
  { _id: 'g7', kind: 'rock', day: '2030-01-12', tags: ['loud', 'late'], venue: { city: 'Gent' } },
];
const PATHS = ['kind', 'tags', 'venue.city', 'price', 'day'];

/** What countValues must answer, worked out here from the fixture and the filter's meaning. */
function expected(matches: (gig: Gig) => boolean) {
  const matched = GIGS.filter(matches);
  const values: Record<string, Map<CountedValue, number>> = {};
  for (const path of PATHS) {
    const counts = new Map<CountedValue, number>();
    for (const gig of matched) {
      const raw = path === 'venue.city' ? gig.venue?.city : (gig as Record<string, unknown>)[path];
      const distinct = new Set((Array.isArray(raw) ? raw : [raw]).filter((v) => v !== undefined && v !== null));
      for (const value of distinct) counts.set(value as CountedValue, (counts.get(value as CountedValue) ?? 0) + 1);
    }
    values[path] = counts;
  }
  return { total: matched.length, values };
}

const sorted = (counts: { total: number; values: Readonly<Record<string, ReadonlyMap<CountedValue, number>>> }) => ({
  total: counts.total,
  values: Object.fromEntries(
    Object.entries(counts.values).map(([path, map]) => [
      path,
      [...map].sort(([a], [b]) => String(a).localeCompare(String(b))),
    ]),
  ),
});

const CASES: [string, Filter, (gig: Gig) => boolean][] = [
  ['every document', {}, () => true],
  ['an equality', { kind: 'jazz' }, (g) => g.kind === 'jazz'],
  [
    '$in with a range',
    { kind: { $in: ['jazz', 'folk'] }, price: { $gte: 1000 } },
    (g) => ['jazz', 'folk'].includes(g.kind) && (g.price ?? -1) >= 1000,
  ],
  [
    '$or of conditions',
    { $or: [{ kind: 'rock' }, { price: { $lt: 1000 } }] },
    (g) => g.kind === 'rock' || (g.price ?? Infinity) < 1000,
  ],
  [
    'a string range over null and missing values',
    { day: { $gte: '2030-01-03' } },
    (g) => typeof g.day === 'string' && g.day >= '2030-01-03',
  ],
  ['an element of an array', { tags: 'late' }, (g) => (g.tags ?? []).includes('late')],
  ['a range bound of another type than the values', { price: { $gt: 'a' } }, () => false],
  [
    'an operator no index decides',
    { price: { $ne: 1500 }, kind: 'jazz' },
    (g) => g.price !== 1500 && g.kind === 'jazz',
  ],
  ['$and with an $in that lists nothing', { $and: [{ kind: 'jazz' }, { day: { $in: [] } }] }, () => false],
];

/**
 * countValues (facet counts) answers the same with and without indexes: from index sets where an
 * index decides the filter exactly, by testing documents where one does not.
 */
export function countValuesCases({ collection }: ContractContext): void {
  describe('countValues', () => {
    const gigs: Record<'indexed' | 'plain', ReadCollection<Gig>> = {} as never;
    beforeAll(async () => {
      gigs.indexed = collection<Gig>('count_indexed');
      for (const keys of [{ kind: 1, day: 1 }, { price: 1 }, { tags: 1 }, { 'venue.city': 1 }] as Record<string, 1>[])
        await gigs.indexed.createIndex(keys);
      gigs.plain = collection<Gig>('count_plain');
      for (const target of Object.values(gigs))
        await target.bulkWrite(GIGS.map((document) => ({ insertOne: { document } })));
    });

    for (const [label, filter, matches] of CASES) {
      it(`counts ${label}, indexed or not`, async () => {
        const want = sorted(expected(matches));
        expect(sorted(await gigs.indexed.countValues(filter, PATHS))).toEqual(want);
        expect(sorted(await gigs.plain.countValues(filter, PATHS))).toEqual(want);
      });
    }

    it('follows writes: a document moved, added and deleted', async () => {
      const moving = collection<Gig>('count_moving');
      await moving.createIndex({ kind: 1 });
      await moving.bulkWrite(GIGS.map((document) => ({ insertOne: { document } })));
      await moving.countValues({ kind: 'jazz' }, ['kind']); // the index is in use from here
      await moving.replaceOne({ _id: 'g1' }, { ...GIGS[0], kind: 'rock' });
      await moving.insertOne({ _id: 'g8', kind: 'jazz' });
      await moving.deleteOne({ _id: 'g3' });
      const counts = await moving.countValues({ kind: { $in: ['jazz', 'rock'] } }, ['kind']);
      expect(counts.total).toBe(6);
      expect(Object.fromEntries(counts.values.kind)).toEqual({ jazz: 3, rock: 3 });
    });

    it('answers an empty collection with nothing counted', async () => {
      const counts = await collection<Gig>('count_empty').countValues({ kind: 'jazz' }, ['kind']);
      expect(counts.total).toBe(0);
      expect(counts.values.kind.size).toBe(0);
    });
  });
}
