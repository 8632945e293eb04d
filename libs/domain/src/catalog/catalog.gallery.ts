import type { EventImage } from './catalog.events';

/* How an event's image list changes: pure list functions shared by the catalog's evolve and its read model. */

/** Images after a reorder: the cover first, then the gallery in the given order (unnamed ones kept at the end). */
export function reorderImages(images: readonly EventImage[], imageIds: readonly string[]): EventImage[] {
  const rank = new Map(imageIds.map((id, index) => [id, index]));
  const others = images.filter((i) => i.role !== 'gallery');
  const ordered = images
    .filter((i) => i.role === 'gallery')
    .map((image, index) => ({ image, rank: rank.get(image.imageId) ?? imageIds.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ image }) => image);
  return [...others, ...ordered];
}

/** Images after an alt text change. */
export function withAlt(images: readonly EventImage[], imageId: string, alt: string): EventImage[] {
  return images.map((i) => (i.imageId === imageId ? { ...i, alt } : i));
}
