import { DomainError, assertNever } from '../kernel';
import type { AddEventImage, EventImageCommand, ReorderGallery } from './catalog.commands';
import type { CatalogEvent, EventImage } from './catalog.events';
import { requireOwner } from './catalog.lifecycle';
import { requireText } from './catalog.rules';
import type { CatalogState } from './catalog.state';

export const MAX_GALLERY_IMAGES = 12;

type Existing = Exclude<CatalogState, { status: 'none' }>;

/**
 * A cover and up to twelve ordered gallery images, each with alt text; only the event's organizer
 * (or an admin) changes them, and not on cancelled or completed events.
 */
export function decideImages(command: EventImageCommand, state: Existing): CatalogEvent[] {
  requireOwner(command.metadata.actor, state.organizerId);
  if (state.status === 'cancelled' || state.status === 'completed') {
    throw DomainError.conflict(
      'catalog.illegal-transition',
      `Cannot change the images of an event that is ${state.status}`,
      { currentStatus: state.status },
    );
  }
  const { eventId } = command.data;
  switch (command.type) {
    case 'AddEventImage':
      return addImage(command, state);
    case 'RemoveEventImage':
      requireImage(state, command.data.imageId);
      return [{ type: 'EventImageRemoved', data: { eventId, imageId: command.data.imageId } }];
    case 'ChangeEventImageAlt': {
      const { imageId } = command.data;
      const alt = requireText('alt', command.data.alt, 1, 200);
      if (requireImage(state, imageId).alt === alt) return [];
      return [{ type: 'EventImageAltChanged', data: { eventId, imageId, alt } }];
    }
    case 'ReorderGallery':
      return reorderGallery(command, state);
    default:
      return assertNever(command);
  }
}

function addImage({ data }: AddEventImage, state: Existing): CatalogEvent[] {
  const { eventId, image } = data;
  if (image.role === 'gallery' && gallery(state).length >= MAX_GALLERY_IMAGES) {
    throw DomainError.conflict('catalog.gallery-full', `A gallery holds at most ${MAX_GALLERY_IMAGES} images`);
  }
  if (state.images.some((i) => i.imageId === image.imageId))
    throw DomainError.conflict('catalog.image-exists', 'This image is already on the event');
  const added: CatalogEvent = {
    type: 'EventImageAdded',
    data: { eventId, image: { ...image, alt: requireText('alt', image.alt, 1, 200) } },
  };
  // One cover: a new one replaces the old, said explicitly so that its files can go too.
  const replaced = image.role === 'cover' ? state.images.filter((i) => i.role === 'cover') : [];
  return [
    ...replaced.map((old): CatalogEvent => ({ type: 'EventImageRemoved', data: { eventId, imageId: old.imageId } })),
    added,
  ];
}

/** The new order must name exactly the current gallery: anything else is a stale or wrong view of it. */
function reorderGallery({ data }: ReorderGallery, state: Existing): CatalogEvent[] {
  const { eventId, imageIds } = data;
  if (new Set(imageIds).size !== imageIds.length) {
    throw DomainError.validation('catalog.invalid-field', 'imageIds must not repeat an image', { field: 'imageIds' });
  }
  const current = gallery(state).map((i) => i.imageId);
  if (imageIds.length !== current.length || imageIds.some((id) => !current.includes(id))) {
    throw DomainError.conflict(
      'catalog.gallery-mismatch',
      'These are not the images the gallery holds now: reload it and order exactly those',
      { currentImageIds: current },
    );
  }
  if (imageIds.every((id, index) => current[index] === id)) return [];
  return [{ type: 'GalleryReordered', data: { eventId, imageIds: [...imageIds] } }];
}

function requireImage(state: Existing, imageId: string): EventImage {
  const image = state.images.find((i) => i.imageId === imageId);
  if (!image) throw DomainError.notFound('catalog.image-not-found', 'No such image on this event');
  return image;
}

const gallery = (state: Existing) => state.images.filter((i) => i.role === 'gallery');
