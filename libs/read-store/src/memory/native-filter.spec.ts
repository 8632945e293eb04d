import { Query } from 'mingo';
import type { Filter } from '../read-store.port';
import { compileNative } from './native-filter';
import type { PlainObject } from './values';
import { seededRandom } from '../testing/seeded-random';

const SCALARS: readonly unknown[] = ['a', 'b', 'B', '', '1', 1, 2, 1.5, 0, -0, -3, Infinity, NaN, true, false, null];
const PATHS = ['n', 's', 'tags', 'v.city', 'v.geo.lat', 'items.k', 'missing', 'v'];

describe('native filter matcher', () => {
  it('answers like mingo on random documents and filters, or defers to it', () => {
    const rnd = seededRandom(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
    const value = (): unknown => {
      const r = rnd();
      if (r < 0.5) return pick(SCALARS);
      if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 4) }, () => pick(SCALARS));
      if (r < 0.75) return [[pick(SCALARS)], pick(SCALARS)];
      if (r < 0.8) return new Date(Math.floor(rnd() * 3) * 1000);
      if (r < 0.85) return { nested: pick(SCALARS) };
      return undefined;
    };
    const doc = (): PlainObject => {
      const out: PlainObject = { _id: String(rnd()) };
      for (const name of ['n', 's', 'tags']) if (rnd() < 0.9) out[name] = value();
      const r = rnd();
      if (r < 0.5) out.v = { city: value(), geo: rnd() < 0.7 ? { lat: value() } : value() };
      else if (r < 0.65) out.v = [{ city: value() }, { city: pick(SCALARS) }];
      else if (r < 0.8) out.v = pick(SCALARS);
      out.items = rnd() < 0.5 ? [{ k: value() }, { k: pick(SCALARS) }] : { k: value() };
      return out;
    };
    const bound = () => pick([1, 0, -0, 2, 1.5, 'a', 'B', '', '1', -Infinity]);
    const condition = (): unknown => {
      const r = rnd();
      if (r < 0.2) return pick(SCALARS.filter((s) => !Number.isNaN(s)));
      if (r < 0.3) return { $eq: pick(SCALARS) };
      if (r < 0.38) return { $ne: pick(SCALARS) };
      if (r < 0.5) return { $in: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(SCALARS)) };
      if (r < 0.55) return { $nin: Array.from({ length: Math.floor(rnd() * 3) }, () => pick(SCALARS)) };
      if (r < 0.8) {
        const out: PlainObject = {};
        for (const op of ['$gt', '$gte', '$lt', '$lte']) if (rnd() < 0.4) out[op] = bound();
        return Object.keys(out).length > 0 ? out : { $gte: bound() };
      }
      if (r < 0.9) return { $exists: rnd() < 0.5 };
      return { $in: ['a', /b/i] };
    };
    const clause = (): Filter => ({ [pick(PATHS)]: condition() });
    const filter = (depth = 0): Filter => {
      const r = rnd();
      if (r < 0.4 || depth > 1) return clause();
      if (r < 0.6) return { ...clause(), ...clause() };
      if (r < 0.8) return { $and: [filter(depth + 1), clause()] };
      return { $or: [filter(depth + 1), filter(depth + 1)] };
    };
    const docs = Array.from({ length: 300 }, doc);
    let decided = 0;
    for (let i = 0; i < 600; i++) {
      const f = filter();
      const native = compileNative(f);
      if (native === undefined) continue;
      const query = new Query(f, {});
      for (const d of docs) {
        const answer = native(d);
        if (answer === undefined) continue;
        decided++;
        const context = { filter: JSON.stringify(f), doc: d };
        expect({ ...context, matches: answer }).toEqual({ ...context, matches: query.test(d) });
      }
    }
    expect(decided).toBeGreaterThan(50_000); // most documents are answered natively
  });

  it('compiles nothing for what it does not know', () => {
    for (const f of [
      { a: { $regex: 'x' } },
      { a: /x/ },
      { a: { b: 1 } },
      { a: { $elemMatch: { b: 1 } } },
      { 'a.b': { $exists: true } },
      { a: new Date(0) },
      { $nor: [{ a: 1 }] },
      { $or: [] },
      { 'a.0': 1 },
    ])
      expect(compileNative(f)).toBeUndefined();
  });
});
