import type { ReadCollection } from '@booking/read-store';
import type { CatalogDocument } from './catalog-document';

export type TagSuggestion = { tag: string; count: number };
export const MAX_TAG_SUGGESTIONS = 50;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The most used tags among published events that start with `prefix` (any case: tags are stored
 * lower-cased, so the prefix is too), with how many events carry each; most used first, then A–Z.
 * An anchored `$regex` on the multikey `tags` index, then `$unwind/$match/$group` with one `$sum`:
 * what the embedded store and MongoDB/FerretDB v1 both support.
 */
export async function suggestTags(
  collection: ReadCollection<CatalogDocument>,
  { prefix = '', limit }: { prefix?: string; limit: number },
): Promise<TagSuggestion[]> {
  const start = prefix.trim().toLowerCase();
  const matching = start ? { tags: { $regex: `^${escapeRegex(start)}` } } : {};
  const rows = await collection.aggregate<{ _id: unknown; count: number }>([
    { $match: { status: 'published', ...matching } },
    { $unwind: '$tags' },
    ...(start ? [{ $match: matching }] : []),
    { $group: { _id: '$tags', count: { $sum: 1 } } },
  ]);
  return rows
    .filter((row): row is { _id: string; count: number } => typeof row._id === 'string' && row._id !== '')
    .map((row) => ({ tag: row._id, count: row.count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
    .slice(0, Math.min(limit, MAX_TAG_SUGGESTIONS));
}
