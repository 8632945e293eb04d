import fc from 'fast-check';
import { RecentAppends, rowTest } from './recent-appends';
import type { EventRow } from './sqlite-schema';

const row = (position: number, type = 'Kept'): EventRow => ({
  position: BigInt(position),
  id: `e-${position}`,
  stream: position % 2 === 0 ? 'even-1' : 'odd-1',
  revision: 0n,
  type,
  data: `{"n":${position}}`,
  metadata: '{}',
});

describe('RecentAppends', () => {
  it('answers like a scan of the rows it was given, inside its window, and refuses outside it', () => {
    // Appends of 1-5 rows, each either following the last directly or after a gap (another writer).
    const appends = fc.array(fc.record({ size: fc.integer({ min: 1, max: 5 }), gap: fc.nat(3) }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        appends,
        fc.integer({ min: 2, max: 30 }),
        fc.nat(200),
        fc.integer({ min: 1, max: 8 }),
        (batches, capacity, rawAfter, limit) => {
          const recent = new RecentAppends(capacity);
          let next = 1;
          let all: EventRow[] = [];
          let windowFrom = 0; // positions after it are all in `all`
          for (const { size, gap } of batches) {
            if (gap > 0) {
              next += gap;
              all = [];
              windowFrom = next - 1;
            }
            const rows = Array.from({ length: size }, (_, i) =>
              row(next + i, (next + i) % 3 === 0 ? 'Skipped' : 'Kept'),
            );
            next += size;
            all.push(...rows);
            recent.add(rows);
          }
          const kept = all.slice(Math.max(0, all.length - capacity));
          const from = kept.length < all.length ? Number(kept[0].position) - 1 : windowFrom;
          const to = next - 1;
          const after = rawAfter % (to + 2);
          const test = rowTest({ eventTypes: ['Kept'], streamPrefixes: ['even-', 'odd-'] });
          const page = recent.page(BigInt(after), limit, test);
          if (after < from || after > to) {
            expect(page).toBeUndefined();
            return;
          }
          const expected = kept.filter((r) => Number(r.position) > after && r.type === 'Kept').slice(0, limit);
          expect(page!.events.map((e) => e.id)).toEqual(expected.map((r) => r.id));
          expect(page!.events.map((e) => e.data)).toEqual(expected.map((r) => JSON.parse(r.data)));
          expect(page!.upTo).toBe(expected.length === limit ? expected[limit - 1].position : BigInt(to));
        },
      ),
    );
  });

  it('hands every reader the same parsed event', () => {
    const recent = new RecentAppends();
    recent.add([row(1), row(2)]);
    const all = rowTest(undefined);
    const [first] = recent.page(0n, 10, all)!.events;
    expect(recent.page(0n, 10, all)!.events[0]).toBe(first);
    expect(recent.page(0n, 10, rowTest({ streamPrefixes: ['odd-'] }))!.events.map((e) => e.id)).toEqual(['e-1']);
    expect(recent.page(0n, 10, rowTest({ eventTypes: [] }))!.events).toHaveLength(2); // an empty list filters nothing, as in SQL
  });
});
