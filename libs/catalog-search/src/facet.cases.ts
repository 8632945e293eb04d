import type { CatalogDocument } from './catalog-document';
import { PUBLIC, type SearchContext } from './search-context';
import { MAX_FACET_VALUES, PRICE_RANGES, type FacetCount } from './search-catalog';

/** Reference counts: how many of `docs` carry each value, most frequent first, then by value. */
function counts(docs: readonly CatalogDocument[], values: (doc: CatalogDocument) => string[]): FacetCount[] {
  const tally = new Map<string, number>();
  for (const doc of docs) for (const value of values(doc)) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
const priceCounts = (docs: readonly CatalogDocument[]) =>
  PRICE_RANGES.map((range) => ({
    range,
    count: docs.filter((d) => d.priceMin! >= range.min && (range.max === undefined || d.priceMin! < range.max)).length,
  }));

export function facetCases({ search }: SearchContext): void {
  describe('facets', () => {
    it('counts categories, tags, cities and price ranges of the public catalog', async () => {
      const { facets, total } = await search({ facets: true, limit: 0 });
      expect(total).toBe(PUBLIC.length);
      expect(facets.category).toEqual(counts(PUBLIC, (d) => [d.category]));
      expect(facets.tags).toEqual(counts(PUBLIC, (d) => d.tags).slice(0, MAX_FACET_VALUES));
      expect(facets.city).toEqual(counts(PUBLIC, (d) => [d.venue.city]));
      expect(facets.price).toEqual(priceCounts(PUBLIC));
      expect(facets.category[0]).toEqual({ value: 'music', count: 12 });
      expect(facets.price[0]).toEqual({ range: { min: 0, max: 1 }, count: 3 });
    });

    it('counts each facet over every other refinement (disjunctive), and over the text', async () => {
      const { facets } = await search({ facets: true, q: 'night', category: 'comedy', city: 'Amsterdam' });
      const night = PUBLIC.filter((d) => /night/i.test(`${d.title} ${d.tags.join(' ')}`));
      const inAmsterdam = night.filter((d) => d.venue.city === 'Amsterdam');
      const comedy = night.filter((d) => d.category === 'comedy');
      expect(facets.category).toEqual(counts(inAmsterdam, (d) => [d.category]));
      expect(facets.city).toEqual(counts(comedy, (d) => [d.venue.city]));
      expect(facets.tags).toEqual(
        counts(
          comedy.filter((d) => d.venue.city === 'Amsterdam'),
          (d) => d.tags,
        ),
      );
      expect(facets.category).toEqual(
        expect.arrayContaining([
          { value: 'comedy', count: 1 },
          { value: 'music', count: 1 },
        ]),
      );
    });

    it('counts only what lies within the radius', async () => {
      const { facets, total } = await search({ facets: true, near: { lat: 52.3676, lng: 4.9041, radiusKm: 100 } });
      const near = PUBLIC.filter((d) => ['Amsterdam', 'Haarlem', 'Utrecht', 'Rotterdam'].includes(d.venue.city));
      expect(total).toBe(near.length);
      expect(facets.city).toEqual(counts(near, (d) => [d.venue.city]));
      expect(facets.price).toEqual(priceCounts(near));
    });

    it('leaves the facets empty unless asked', async () => {
      expect((await search({})).facets).toEqual({ category: [], tags: [], city: [], price: [] });
    });

    it('counts an organizer’s own drafts for them only', async () => {
      const mine = await search({ facets: true, limit: 0, visibility: { organizerId: 'org-a' } });
      const music = mine.facets.category.find((f) => f.value === 'music');
      expect(music?.count).toBe(14); // 12 published + the draft e37 + the submitted e38
    });
  });
}
