import { DomainError } from '../kernel';
import type { AddEventImage, RemoveEventImage } from './catalog.commands';
import type { CatalogEvent } from './catalog.events';
import { requireOwner } from './catalog.lifecycle';
import { requireText } from './catalog.rules';
import type { CatalogState } from './catalog.state';

export const MAX_GALLERY_IMAGES = 12;

/** A cover and up to twelve gallery images, each with alt text; not on cancelled or completed events. */
export function decideImages(
  command: AddEventImage | RemoveEventImage,
  state: Exclude<CatalogState, { status: 'none' }>,
): CatalogEvent[] {
  requireOwner(command.metadata.actor, state.organizerId);
  if (state.status === 'cancelled' || state.status === 'completed') {
    throw DomainError.conflict(
      'catalog.illegal-transition',
      `Cannot change the images of an event that is ${state.status}`,
      { currentStatus: state.status },
    );
  }
  const { eventId } = command.data;
  if (command.type === 'RemoveEventImage') {
    if (!state.images.some((i) => i.imageId === command.data.imageId))
      throw DomainError.notFound('catalog.image-not-found', 'No such image on this event');
    return [{ type: 'EventImageRemoved', data: { eventId, imageId: command.data.imageId } }];
  }
  const { image } = command.data;
  if (image.role === 'gallery' && state.images.filter((i) => i.role === 'gallery').length >= MAX_GALLERY_IMAGES) {
    throw DomainError.conflict('catalog.gallery-full', `A gallery holds at most ${MAX_GALLERY_IMAGES} images`);
  }
  if (state.images.some((i) => i.imageId === image.imageId))
    throw DomainError.conflict('catalog.image-exists', 'This image is already on the event');
  return [
    { type: 'EventImageAdded', data: { eventId, image: { ...image, alt: requireText('alt', image.alt, 1, 200) } } },
  ];
}
