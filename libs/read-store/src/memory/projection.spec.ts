import { Aggregator } from 'mingo';
import type { Document } from '../read-store.port';
import { MemoryReadStore } from './memory-read-store';
import { seededRandom } from '../testing/seeded-random';

describe('memory read store: projections of nested paths', () => {
  const next = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const leaf = () => pick<unknown>(['Paris', '', 0, null, undefined, ['a', 'b'], { deep: 1 }]);
  const venue = (): unknown =>
    pick<() => unknown>([
      () => ({ name: 'Hall', city: leaf(), location: { lat: 1, lng: leaf() } }),
      () => ({ name: 'Hall' }),
      () => [{ city: 'Lyon' }, { city: leaf() }],
      () => 'scalar',
      () => null,
      () => undefined,
      () => ({}),
    ])();
  const docs: Document[] = Array.from({ length: 400 }, (_, i) => {
    const doc: Document = { _id: `d${i}`, category: pick(['music', undefined, ['x']]), venue: venue(), n: i };
    for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
    return doc;
  });

  it.each<Record<string, 0 | 1>>([
    { 'venue.city': 1 },
    { 'venue.city': 1, category: 1 },
    { 'venue.city': 1, 'venue.location.lng': 1, _id: 0 },
    { 'venue.location.lat': 1, 'venue.name': 1, n: 1 },
  ])('answers %j exactly as mingo does, for every shape of document', async (projection) => {
    const collection = new MemoryReadStore().collection<Document>('docs');
    await collection.bulkWrite(docs.map((document) => ({ insertOne: { document } })));
    const found = await collection.find({}, { projection });
    const expected = new Aggregator([{ $project: projection }], {}).run(structuredClone(docs));
    expect(found).toEqual(expected);
  });

  it('hands out copies: changing a projected value changes nothing stored', async () => {
    const collection = new MemoryReadStore().collection<Document>('docs');
    await collection.insertOne({ _id: 'a', venue: { city: 'Paris', location: { lat: 1, lng: 2 } } });
    const [found] = await collection.find({}, { projection: { 'venue.location': 1 } });
    (found.venue as { location: { lat: number } }).location.lat = 99;
    expect(await collection.findOne({ _id: 'a' })).toEqual({
      _id: 'a',
      venue: { city: 'Paris', location: { lat: 1, lng: 2 } },
    });
  });
});
