import type { EventImage, ImageVariant } from './catalog.types';

/** `srcset` from an image's variants: the browser picks the smallest that fills the slot. */
export function srcSetOf(image: EventImage, names?: readonly ImageVariant['name'][]): string {
  return image.variants
    .filter((v) => !names || names.includes(v.name))
    .sort((a, b) => a.width - b.width)
    .map((v) => `${v.url} ${v.width}w`)
    .join(', ');
}

/** The named variant, else the closest smaller one, else whatever there is (small images have fewer). */
export function variantOf(image: EventImage, name: ImageVariant['name']): ImageVariant | undefined {
  const order: ImageVariant['name'][] = ['thumb', 'card', 'full'];
  const wanted = order.indexOf(name);
  for (let i = wanted; i >= 0; i -= 1) {
    const found = image.variants.find((v) => v.name === order[i]);
    if (found) return found;
  }
  return image.variants[0];
}

export const galleryOf = (images: EventImage[] | undefined) => (images ?? []).filter((i) => i.role === 'gallery');
export const coverOf = (images: EventImage[] | undefined) => (images ?? []).find((i) => i.role === 'cover');
