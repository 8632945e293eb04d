import type { EventImage } from './catalog.types';
import { srcSetOf, variantOf } from './images';
import classes from './EventMedia.module.css';

/** The cover across the page: the largest element above the fold, so it loads first, at the width it fills. */
export function EventHero({ image }: { image: EventImage }) {
  const fallback = variantOf(image, 'card');
  if (!fallback) return null;
  return (
    <img
      className={classes.hero}
      src={fallback.url}
      srcSet={srcSetOf(image)}
      // Container size "lg" is 1140px wide; below that the hero spans the viewport.
      sizes="(min-width: 1140px) 1140px, 100vw"
      width={fallback.width}
      height={fallback.height}
      alt={image.alt}
      fetchPriority="high"
      decoding="async"
    />
  );
}
