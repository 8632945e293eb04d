import type { ReadCollection } from '@booking/read-store';
import type { CatalogDocument } from './catalog-document';
import { CATALOG_FIXTURE } from './catalog-fixture';
import { type TagSuggestion, suggestTags } from './tag-suggestions';

/** Reference answer from the fixture itself: tags of published events starting with `prefix`. */
function reference(prefix: string): TagSuggestion[] {
  const tally = new Map<string, number>();
  for (const doc of CATALOG_FIXTURE.filter((d) => d.status === 'published'))
    for (const tag of doc.tags.filter((t) => t.startsWith(prefix))) tally.set(tag, (tally.get(tag) ?? 0) + 1);
  return [...tally]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

export function tagSuggestionCases(collection: () => ReadCollection<CatalogDocument>): void {
  describe('tag suggestions', () => {
    const suggest = (prefix: string | undefined, limit = 50) => suggestTags(collection(), { prefix, limit });

    it('lists the tags of published events starting with the prefix, most used first, in any case', async () => {
      const jazz = await suggest('ja');
      expect(jazz).toEqual(reference('ja'));
      expect(jazz[0].tag).toBe('jazz');
      // Drafts and cancelled events carry "jazz" too (e37, e40): only published ones count.
      expect(jazz[0].count).toBe(
        CATALOG_FIXTURE.filter((d) => d.status === 'published' && d.tags.includes('jazz')).length,
      );
      expect(await suggest('JA')).toEqual(jazz);
      expect(await suggest('  Ja ')).toEqual(jazz);
    });

    it('without a prefix, lists the most used tags; the limit cuts the list', async () => {
      expect(await suggest(undefined)).toEqual(reference('').slice(0, 50));
      expect(await suggest('', 3)).toEqual(reference('').slice(0, 3));
    });

    it('treats the prefix as text, not a pattern, and finds nothing for an unused one', async () => {
      expect(await suggest('.*')).toEqual([]);
      expect(await suggest('late-')).toEqual(reference('late-'));
      expect(await suggest('late-')).not.toEqual([]);
      expect(await suggest('zzz')).toEqual([]);
    });
  });
}
