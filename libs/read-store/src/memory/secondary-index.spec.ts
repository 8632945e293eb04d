import type { Document, Filter, FindOptions, ReadCollection } from '../read-store.port';
import { CollectionState } from './collection-state';
import { SecondaryIndexes } from './secondary-index';
import { SortedKeys } from './sorted-keys';
import type { PlainObject } from './values';
import { MemoryReadStore } from './memory-read-store';
import { compileFilter } from './selector';
import { seededRandom } from '../testing/seeded-random';

const SCALARS: readonly unknown[] = ['a', 'b', 'c', '1', 1, 2, 0, -0, true, false, null];
const INDEXED = ['category', 'tags', 'venue.city', 'n', 'items.k', 'flag'];

function generator(seed: number) {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const scalar = () => pick(SCALARS);
  const value = (): unknown => {
    const r = rnd();
    if (r < 0.55) return scalar();
    if (r < 0.75) return Array.from({ length: Math.floor(rnd() * 4) }, scalar);
    if (r < 0.8) return [[scalar()], scalar()];
    if (r < 0.85) return new Date(Math.floor(rnd() * 3) * 1000);
    if (r < 0.9) return { nested: scalar() };
    return undefined;
  };
  const venue = (): unknown => {
    const r = rnd();
    if (r < 0.5) return { city: value(), zip: scalar() };
    if (r < 0.7) return [{ city: value() }, { city: scalar() }, scalar()];
    if (r < 0.8) return scalar();
    if (r < 0.85) return new Date(0);
    return undefined;
  };
  const doc = (id: number): Document => {
    const out: Document = { _id: `d${id}`, seq: id };
    // One plain number (or nothing, or null) per document: an index that can order a sort.
    const r = rnd();
    if (r < 0.8) out.rank = Math.floor(rnd() * 40);
    else if (r < 0.9) out.rank = null;
    const fields: Record<string, () => unknown> = {
      category: value,
      tags: value,
      venue,
      n: value,
      flag: value,
      items: () => (rnd() < 0.5 ? [{ k: value() }, { k: scalar() }] : { k: value() }),
      other: scalar,
    };
    for (const [name, make] of Object.entries(fields)) {
      const v = make();
      if (v !== undefined) out[name] = v;
    }
    return out;
  };
  const condition = (): unknown => {
    const r = rnd();
    if (r < 0.4) return scalar();
    if (r < 0.6) return { $eq: scalar() };
    if (r < 0.85) return { $in: Array.from({ length: Math.floor(rnd() * 4) }, scalar) };
    if (r < 0.9) return { $in: [scalar(), /a/] };
    if (r < 0.93) return { $gte: pick([0, 1, 'a', 'b']), ...(rnd() < 0.5 ? { $lt: pick([2, 1, 'c']) } : {}) };
    if (r < 0.95) return { $ne: scalar() };
    return { $exists: rnd() < 0.5 };
  };
  const path = () => pick([...INDEXED, 'other', 'venue', 'venue.zip']);
  const rankRange = (): Filter => ({ rank: { [pick(['$gt', '$gte'])]: Math.floor(rnd() * 40), $lte: 30 } });
  const clause = (): Filter => ({ [path()]: condition() });
  const filter = (): Filter => {
    const r = rnd();
    if (r < 0.3) return clause();
    if (r < 0.5) return { ...clause(), ...clause() };
    if (r < 0.7) return { $and: [clause(), clause()], ...clause() };
    if (r < 0.85) return { $or: [clause(), clause()] };
    if (r < 0.9) return { ...clause(), seq: { $gte: Math.floor(rnd() * 100) } };
    if (r < 0.94) return { ...clause(), ...rankRange() };
    return { _id: { $in: ['d1', 'd2', 'd3'] }, ...clause() };
  };
  const update = () => {
    const target = pick(['category', 'tags', 'venue.city', 'n', 'flag', 'items', 'rank']);
    const r = rnd();
    if (r < 0.5) return { $set: { [target]: value() ?? null } };
    if (r < 0.7) return { $unset: { [target]: '' } };
    if (r < 0.85) return { $set: { tags: ['x', scalar()] }, $inc: { seq: 0 } };
    return { $set: { venue: venue() ?? {} } };
  };
  return { rnd, pick, doc, filter, update };
}

async function seeded(count: number, seed: number) {
  const plain = new MemoryReadStore().collection('c');
  const indexed = new MemoryReadStore().collection('c');
  await indexed.createIndex({ category: 1 });
  await indexed.createIndex({ tags: 1, 'venue.city': 1 });
  await indexed.createIndex({ n: -1, flag: 1 });
  await indexed.createIndex({ 'items.k': 1 });
  await indexed.createIndex({ rank: -1 });
  const gen = generator(seed);
  for (let i = 0; i < count; i++) {
    const doc = gen.doc(i);
    await plain.insertOne(doc);
    await indexed.insertOne(doc);
  }
  return { plain, indexed, gen };
}

async function expectSameReads(plain: ReadCollection, indexed: ReadCollection, filter: Filter): Promise<void> {
  const context = JSON.stringify(filter);
  expect({ context, docs: await indexed.find(filter) }).toEqual({ context, docs: await plain.find(filter) });
  expect({ context, n: await indexed.countDocuments(filter) }).toEqual({
    context,
    n: await plain.countDocuments(filter),
  });
  expect({ context, one: await indexed.findOne(filter) }).toEqual({ context, one: await plain.findOne(filter) });
  const paged = { limit: 3, skip: 1 };
  expect(await indexed.find(filter, paged)).toEqual(await plain.find(filter, paged));
  const sorted = { sort: { other: -1 as const, seq: 1 as const }, limit: 5, projection: { venue: 0 as const } };
  expect(await indexed.find(filter, sorted)).toEqual(await plain.find(filter, sorted));
  const sortedPages: FindOptions[] = [
    { sort: { rank: 1 as const, seq: -1 as const }, limit: 4, skip: 1 },
    { sort: { rank: -1 as const }, limit: 7 },
    { sort: { n: 1 as const, seq: 1 as const }, limit: 3 },
  ];
  for (const options of sortedPages)
    expect({ context, docs: await indexed.find(filter, options) }).toEqual({
      context,
      docs: await plain.find(filter, options),
    });
  const pipeline = [{ $match: filter }, { $group: { _id: '$other', count: { $sum: 1 } } }, { $sort: { _id: 1 } }];
  expect(await indexed.aggregate(pipeline)).toEqual(await plain.aggregate(pipeline));
  // Facet counts: from index sets where an index decides the filter exactly, by testing documents elsewhere.
  const counted = async (collection: ReadCollection) => {
    const { total, values } = await collection.countValues(filter, COUNTED);
    const entries = Object.entries(values).map(([path, counts]) => [
      path,
      [...counts].sort(([a], [b]) => `${typeof a}${String(a)}`.localeCompare(`${typeof b}${String(b)}`)),
    ]);
    return { context, total, values: Object.fromEntries(entries) };
  };
  const fromIndexes = await counted(indexed);
  expect(fromIndexes).toEqual(await counted(plain));
  expect(fromIndexes.total).toBe(await plain.countDocuments(filter));
}

const COUNTED = [...INDEXED, 'rank', 'other', 'venue'];

describe('memory secondary indexes', () => {
  it('return what a scan returns on random data and filters (equality, $in, multikey, dotted paths)', async () => {
    const { plain, indexed, gen } = await seeded(300, 1);
    for (let i = 0; i < 400; i++) await expectSameReads(plain, indexed, gen.filter());
  });

  it('stay exact through updates, replaces, deletes, bulkWrite and re-inserts', async () => {
    const { plain, indexed, gen } = await seeded(200, 2);
    let next = 1000;
    for (let round = 0; round < 40; round++) {
      const writes: ((c: ReadCollection) => Promise<unknown>)[] = [];
      for (let i = 0; i < 8; i++) {
        const r = gen.rnd();
        const filter = gen.filter();
        const update = gen.update();
        const doc = gen.doc(next++);
        const id = `d${Math.floor(gen.rnd() * next)}`;
        if (r < 0.3) writes.push((c) => c.updateMany(filter, update));
        else if (r < 0.45) writes.push((c) => c.updateOne(filter, update));
        else if (r < 0.55) writes.push((c) => c.replaceOne({ _id: id }, { ...doc, _id: id }, { upsert: true }));
        else if (r < 0.65) writes.push((c) => c.deleteMany(filter));
        else if (r < 0.7) writes.push((c) => c.deleteOne(filter));
        else if (r < 0.8) writes.push((c) => c.insertOne(doc));
        else
          writes.push((c) =>
            c.bulkWrite([
              { updateOne: { filter: { _id: id }, update } },
              { deleteOne: { filter: { _id: `d${next - 3}` } } },
              { insertOne: { document: { ...doc, _id: `b${next}` } } },
              { updateMany: { filter, update: { $set: { flag: 'bulk' } } } },
            ]),
          );
      }
      for (const write of writes) {
        const outcome = async (c: ReadCollection) => write(c).catch((error: Error) => error.message);
        expect(await outcome(indexed)).toEqual(await outcome(plain));
      }
      expect(await indexed.find({})).toEqual(await plain.find({}));
      for (let i = 0; i < 15; i++) await expectSameReads(plain, indexed, gen.filter());
      await expectSameReads(plain, indexed, { flag: 'bulk' });
      await expectSameReads(plain, indexed, { tags: { $in: ['x', 'a'] } });
    }
  });

  it("leaves a path's keys alone when a replace does not change them (a ranged path keeps its order)", async () => {
    const col = new MemoryReadStore().collection('events');
    await col.createIndex({ startsAt: 1 });
    for (let i = 0; i < 50; i++) await col.insertOne({ _id: `e${i}`, startsAt: 1000 + i, free: 10 });
    expect(await col.countDocuments({ startsAt: { $gte: 1040 } })).toBe(10); // the key order is built
    const removed = jest.spyOn(SortedKeys.prototype, 'removed');
    const added = jest.spyOn(SortedKeys.prototype, 'added');
    await col.replaceOne({ _id: 'e45' }, { _id: 'e45', startsAt: 1045, free: 9 }); // a seat held: counts only
    await col.updateOne({ _id: 'e46' }, { $inc: { free: -1 } });
    expect(removed).not.toHaveBeenCalled();
    expect(added).not.toHaveBeenCalled();
    await col.replaceOne({ _id: 'e45' }, { _id: 'e45', startsAt: 999, free: 9 }); // moved: re-indexed
    expect(removed).toHaveBeenCalledTimes(1);
    expect(added).toHaveBeenCalledTimes(1);
    expect(await col.find({ startsAt: { $lt: 1001 } }, { projection: { _id: 1 } })).toEqual([
      { _id: 'e0' },
      { _id: 'e45' },
    ]);
    removed.mockRestore();
    added.mockRestore();
  });

  it('is rebuilt after dropCollection and built over documents already there', async () => {
    const store = new MemoryReadStore();
    const col = store.collection('c');
    await col.insertOne({ _id: 'a', venue: { city: 'Oslo' } });
    await col.createIndex({ 'venue.city': 1 });
    expect(await col.find({ 'venue.city': 'Oslo' })).toEqual([{ _id: 'a', venue: { city: 'Oslo' } }]);
    await store.dropCollection('c');
    await col.insertOne({ _id: 'b', venue: [{ city: 'Oslo' }, { city: 'Bergen' }] });
    expect(await col.find({ 'venue.city': 'Bergen' })).toEqual([
      { _id: 'b', venue: [{ city: 'Oslo' }, { city: 'Bergen' }] },
    ]);
    await col.createIndex({ 'venue.city': 1 });
    await col.insertOne({ _id: 'c', venue: { city: 'Bergen' } });
    expect(await col.countDocuments({ 'venue.city': { $in: ['Bergen'] } })).toBe(2);
    await col.updateOne({ _id: 'b' }, { $set: { 'venue.1.city': 'Trondheim' } });
    expect(await col.find({ 'venue.city': 'Bergen' }, { projection: { _id: 1 } })).toEqual([{ _id: 'c' }]);
  });

  it('only runs the predicate over the index candidates, in scan order', () => {
    const state = new CollectionState('c');
    for (let i = 0; i < 1000; i++) state.insert({ _id: `i${i}`, k: i % 100, tags: [`t${i % 7}`, 'all'] });
    state.addIndex('k_1', ['k'], false);
    state.addIndex('tags_1', ['tags'], false);
    const counted = (filter: Filter) => {
      const selector = compileFilter(filter);
      let calls = 0;
      const test = selector.test;
      const ids = [...state.select({ ...selector, test: (doc) => (calls++, test === undefined || test(doc)) })].map(
        (doc) => doc._id,
      );
      return { ids, calls };
    };
    expect(counted({ k: 5 })).toEqual({
      ids: [5, 105, 205, 305, 405, 505, 605, 705, 805, 905].map((i) => `i${i}`),
      calls: 10,
    });
    const both = Array.from({ length: 1000 }, (_, i) => i).filter((i) => [1, 2].includes(i % 100) && i % 7 === 1);
    expect(counted({ $and: [{ k: { $in: [1, 2] } }], tags: 't1' })).toEqual({
      ids: both.map((i) => `i${i}`),
      calls: both.length,
    });
    const union = Array.from({ length: 1000 }, (_, i) => i).filter((i) => i % 100 === 3 || i % 7 === 0);
    expect(counted({ $or: [{ k: 3 }, { tags: 't0' }] })).toEqual({
      ids: union.map((i) => `i${i}`),
      calls: union.length,
    });
    expect(counted({ other: 1 }).calls).toBe(1000);
  });
});

describe('index planning', () => {
  it('builds no candidate set holding more than half of the collection', () => {
    const indexes = new SecondaryIndexes();
    const docs = Array.from({ length: 100 }, (_, i): [unknown, PlainObject] => [
      i,
      { n: i, kind: i < 10 ? 'rare' : 'common' },
    ]);
    indexes.addPath('n', docs);
    indexes.addPath('kind', docs);
    const from = (value: number) => ({ path: 'n', range: { lower: { value, inclusive: true } } });
    expect(indexes.candidates([{ path: 'kind', values: ['common'] }], 100)).toBeUndefined();
    expect(indexes.candidates([from(5)], 100)).toBeUndefined();
    expect(indexes.candidates([{ path: 'kind', values: ['rare'] }], 100)?.size).toBe(10);
    expect(indexes.candidates([from(90)], 100)?.size).toBe(10);
    // An unselective condition does not hide a selective one beside it.
    expect(indexes.candidates([{ path: 'kind', values: ['common'] }, from(95)], 100)).toEqual(
      new Set([95, 96, 97, 98, 99]),
    );
    // Overlapping key sets of a multikey index: six keys of the same ten documents are ten candidates, not sixty.
    const tagged = new SecondaryIndexes();
    const letters = ['a', 'b', 'c', 'd', 'e', 'f'];
    tagged.addPath(
      'tags',
      Array.from({ length: 100 }, (_, i): [unknown, PlainObject] => [i, { tags: i < 10 ? letters : ['y', 'z'] }]),
    );
    expect(tagged.candidates([{ path: 'tags', values: letters }], 100)?.size).toBe(10);
    // Without a total every usable index narrows.
    expect(indexes.candidates([{ path: 'kind', values: ['common'] }])?.size).toBe(90);
  });
});
