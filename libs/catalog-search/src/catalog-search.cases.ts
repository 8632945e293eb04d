import type { ReadCollection } from '@booking/read-store';
import { CATALOG_INDEXES, type CatalogDocument } from './catalog-document';
import { CATALOG_FIXTURE, FIXTURE_NOW } from './catalog-fixture';
import type { CatalogQuery } from './catalog-query';
import { facetCases } from './facet.cases';
import { searchCatalog } from './search-catalog';
import { PUBLIC, type SearchContext } from './search-context';
import { tagSuggestionCases } from './tag-suggestion.cases';

export type OpenCatalog = () => Promise<{ collection: ReadCollection<CatalogDocument>; close: () => Promise<void> }>;

const byDate = (a: CatalogDocument, b: CatalogDocument) =>
  a.startsAt.localeCompare(b.startsAt) || a._id.localeCompare(b._id);
/** Reference answer: the public events matching `keep`, soonest first. */
export const expected = (keep: (doc: CatalogDocument) => boolean = () => true, from = PUBLIC) =>
  from
    .filter(keep)
    .sort(byDate)
    .map((doc) => doc._id);

/** The behaviour catalog search must show on every read store adapter, over the same fixture. */
export function catalogSearchCases(name: string, open: OpenCatalog): void {
  describe(`catalog search: ${name}`, () => {
    let collection: ReadCollection<CatalogDocument> | undefined;
    let close = async () => undefined as void;
    beforeAll(async () => {
      ({ collection, close } = await open());
      for (const index of CATALOG_INDEXES) await collection.createIndex(index.keys);
      await collection.bulkWrite(CATALOG_FIXTURE.map((document) => ({ insertOne: { document } })));
    }, 60_000);
    afterAll(() => close());

    const context: SearchContext = {
      search: (query) =>
        searchCatalog(
          collection as ReadCollection<CatalogDocument>,
          { limit: 100, offset: 0, visibility: 'public', ...query },
          FIXTURE_NOW,
        ),
    };
    const ids = async (query: Partial<CatalogQuery>) => (await context.search(query)).items.map((item) => item._id);
    const city =
      (...names: string[]) =>
      (doc: CatalogDocument) =>
        names.includes(doc.venue.city);

    it('lists the published events that are not over, soonest first, without the search arrays', async () => {
      const result = await context.search({});
      expect(result.items.map((item) => item._id)).toEqual(expected());
      expect(result.total).toBe(37);
      expect(result.items[0]).toMatchObject({ _id: 'e42', title: 'Winter Festival' }); // under way
      expect(result.items[0]).not.toHaveProperty('searchTerms');
      expect(result.items[0]).not.toHaveProperty('fuzzyTerms');
    });

    describe('text', () => {
      it('matches prefixes, in any case', async () => {
        expect(await ids({ q: 'jaz' })).toEqual(['e01', 'e02', 'e03', 'e35']);
        expect(await ids({ q: 'JAZZ' })).toEqual(['e01', 'e02', 'e03', 'e35']);
        expect(await ids({ q: 'sym' })).toEqual(['e04', 'e05', 'e06']);
      });
      it('forgives one typo in words of five letters or more', async () => {
        expect(await ids({ q: 'symphny' })).toEqual(['e04', 'e05']);
        expect(await ids({ q: 'symphoyn' })).toEqual(['e04', 'e05']);
        expect(await ids({ q: 'marathn' })).toEqual(['e31', 'e17']);
        expect(await ids({ q: 'jazx' })).toEqual([]); // four letters: prefix matching only
      });
      it('folds accents both ways', async () => {
        expect(await ids({ q: 'zenith' })).toEqual(['e08', 'e09']);
        expect(await ids({ q: 'Zénith' })).toEqual(['e08', 'e09']);
        expect(await ids({ q: 'munchen' })).toEqual(['e29', 'e27']);
        expect(await ids({ q: 'sao carlos' })).toEqual(['e36']);
      });
      it('needs every word, each in any of title, description, venue, city or tags', async () => {
        expect(await ids({ q: 'jazz amsterdam' })).toEqual(['e01', 'e02', 'e35']);
        expect(await ids({ q: 'rock paradiso' })).toEqual(['e07']);
        expect(await ids({ q: 'late-night' })).toEqual(['e31', 'e02', 'e16', 'e09']);
        expect(await ids({ q: 'mulled wine' })).toEqual(['e42']);
        expect(await ids({ q: 'jazz zebra' })).toEqual([]);
      });
    });

    describe('filters', () => {
      it('by category and by any of several tags', async () => {
        expect(await ids({ category: 'comedy' })).toEqual(['e14', 'e15', 'e16']);
        expect(await ids({ tags: ['kids'] })).toEqual(['e28', 'e29', 'e30']);
        expect(await ids({ tags: ['kids', 'drama'] })).toEqual(
          expected((d) => d.tags.includes('kids') || d.tags.includes('drama')),
        );
      });
      it('by date range [from, to), past events only when asked', async () => {
        const from = '2030-02-01T00:00:00.000Z';
        const to = '2030-03-01T00:00:00.000Z';
        expect(await ids({ from, to })).toEqual(expected((d) => d.startsAt >= from && d.startsAt < to));
        expect(await ids({ q: 'jazz', from: '2029-12-01' })).toEqual(['e41', 'e01', 'e02', 'e03', 'e35']);
      });
      it('by city, ignoring case and accents', async () => {
        expect(await ids({ city: 'paris' })).toEqual(expected(city('Paris')));
        expect(await ids({ city: 'MUNCHEN' })).toEqual(['e29', 'e27']);
      });
      it('by distance from a point: Amsterdam 10 km vs 100 km, with exact totals and pages', async () => {
        const amsterdam = { lat: 52.3676, lng: 4.9041 };
        expect(await ids({ near: { ...amsterdam, radiusKm: 10 } })).toEqual(expected(city('Amsterdam')));
        const wide = expected(city('Amsterdam', 'Haarlem', 'Utrecht', 'Rotterdam'));
        expect(await ids({ near: { ...amsterdam, radiusKm: 100 } })).toEqual(wide);
        const page = await context.search({ near: { ...amsterdam, radiusKm: 100 }, limit: 5, offset: 5 });
        expect(page.total).toBe(wide.length);
        expect(page.items.map((item) => item._id)).toEqual(wide.slice(5, 10));
      });
      it('by price of the cheapest ticket (inclusive) and by availability', async () => {
        expect(await ids({ priceMax: 0 })).toEqual(['e42', 'e20', 'e24']);
        expect(await ids({ priceMin: 1000, priceMax: 2000 })).toEqual(
          expected((d) => d.priceMin! >= 1000 && d.priceMin! <= 2000),
        );
        expect(await ids({ available: true })).toEqual(expected((d) => d._id !== 'e35'));
      });
      it('combined with text', async () => {
        const query = { q: 'jazz', city: 'Amsterdam', available: true, priceMax: 3000, category: 'music' };
        expect(await ids(query)).toEqual(['e01', 'e02']);
        expect(
          await ids({ category: 'music', near: { lat: 48.8566, lng: 2.3522, radiusKm: 20 }, from: '2030-02-01' }),
        ).toEqual(['e10', 'e09']);
      });
    });

    describe('sorting and paging', () => {
      it('sorts by popularity (most first) and by price (cheapest first), then date', async () => {
        const popular = [...PUBLIC].sort((a, b) => b.popularity - a.popularity || byDate(a, b)).map((d) => d._id);
        expect(await ids({ sort: 'popularity' })).toEqual(popular);
        const cheap = [...PUBLIC].sort((a, b) => a.priceMin! - b.priceMin! || byDate(a, b)).map((d) => d._id);
        expect(await ids({ sort: 'price' })).toEqual(cheap);
      });
      it('pages through the results with a steady total', async () => {
        const pages = [];
        for (let offset = 0; offset < 40; offset += 10)
          pages.push(await context.search({ limit: 10, offset, sort: 'price' }));
        expect(pages.map((page) => page.total)).toEqual([37, 37, 37, 37]);
        expect(pages.flatMap((page) => page.items.map((item) => item._id))).toEqual(await ids({ sort: 'price' }));
        expect(await context.search({ limit: 0, category: 'film' })).toMatchObject({ items: [], total: 4 });
      });
    });

    describe('visibility', () => {
      it('hides drafts, submitted and cancelled events from the public', async () => {
        expect(await ids({ q: 'jazz' })).not.toEqual(expect.arrayContaining(['e37']));
        expect(await ids({ category: 'comedy' })).toEqual(['e14', 'e15', 'e16']);
      });
      it('shows an organizer their own events in any state, and others’ only when published', async () => {
        expect(await ids({ q: 'jazz', visibility: { organizerId: 'org-a' } })).toEqual([
          'e01',
          'e02',
          'e03',
          'e35',
          'e37',
        ]);
        expect(await ids({ q: 'symphony', visibility: { organizerId: 'org-a' } })).toEqual(['e04', 'e05', 'e38']);
        expect(await ids({ category: 'comedy', visibility: { organizerId: 'org-b' } })).toEqual([
          'e14',
          'e15',
          'e16',
          'e39',
        ]);
      });
      it('shows an admin everything', async () => {
        expect(await ids({ q: 'jazz', visibility: 'all' })).toEqual(['e01', 'e02', 'e03', 'e40', 'e35', 'e37']);
      });
    });

    facetCases(context);
    tagSuggestionCases(() => collection as ReadCollection<CatalogDocument>);
  });
}
