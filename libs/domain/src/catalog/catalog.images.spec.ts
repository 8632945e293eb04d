import { type Actor, type Role, fold, scenario } from '../kernel';
import type { AddEventImage, ChangeEventImageAlt, ReorderGallery } from './catalog.commands';
import { catalogDecider } from './catalog.decider';
import type { CatalogEvent, EventImage } from './catalog.events';
import { MAX_GALLERY_IMAGES } from './catalog.images';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const now = new Date('2030-01-01T12:00:00.000Z');
const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, roles });
const organizer = actor('organizer-1', 'organizer');
const otherOrganizer = actor('organizer-2', 'organizer');
const admin = actor('admin-1', 'admin');

const image = (imageId: string, role: EventImage['role'] = 'gallery', alt = `Photo ${imageId}`): EventImage => ({
  imageId,
  role,
  alt,
  variants: [{ name: 'thumb', key: `media/events/${eventId}/${imageId}/thumb.webp`, width: 320, height: 200 }],
});
const created: CatalogEvent = {
  type: 'EventCreated',
  data: {
    eventId,
    organizerId: organizer.userId,
    title: 'Jazz on the Lake',
    description: '',
    category: 'music',
    startsAt: '2030-06-01T19:30:00.000Z',
    venue: { name: 'Lake Stage', city: 'Zurich', country: 'CH' },
    capacity: 500,
  },
};
const added = (i: EventImage): CatalogEvent => ({ type: 'EventImageAdded', data: { eventId, image: i } });
const removed = (imageId: string): CatalogEvent => ({ type: 'EventImageRemoved', data: { eventId, imageId } });
const reordered = (imageIds: string[]): CatalogEvent => ({ type: 'GalleryReordered', data: { eventId, imageIds } });
const cancelled: CatalogEvent = { type: 'EventCancelled', data: { eventId, by: 'organizer-1', reason: 'storm' } };

const add = (i: EventImage, by: Actor = organizer): AddEventImage => ({
  type: 'AddEventImage',
  data: { eventId, image: i },
  metadata: { now, actor: by },
});
const reorder = (imageIds: string[], by: Actor = organizer): ReorderGallery => ({
  type: 'ReorderGallery',
  data: { eventId, imageIds },
  metadata: { now, actor: by },
});
const changeAlt = (imageId: string, alt: string, by: Actor = organizer): ChangeEventImageAlt => ({
  type: 'ChangeEventImageAlt',
  data: { eventId, imageId, alt },
  metadata: { now, actor: by },
});

const { given } = scenario(catalogDecider);
const withGallery: CatalogEvent[] = [created, added(image('c', 'cover')), added(image('a')), added(image('b'))];
const imagesAfter = (history: CatalogEvent[]) => {
  const state = fold(catalogDecider, history);
  return state.status === 'none' ? [] : state.images.map((i) => `${i.role}:${i.imageId}:${i.alt}`);
};

describe('AddEventImage', () => {
  it('adds a gallery image with trimmed alt text', () => {
    given([created])
      .when(add(image('a', 'gallery', '  Stage at night  ')))
      .then([added(image('a', 'gallery', 'Stage at night'))]);
  });

  it('replaces the cover by removing the old one first, so that its files can be deleted', () => {
    given(withGallery)
      .when(add(image('d', 'cover')))
      .then([removed('c'), added(image('d', 'cover'))]);
    expect(imagesAfter([...withGallery, removed('c'), added(image('d', 'cover'))])).toEqual([
      'gallery:a:Photo a',
      'gallery:b:Photo b',
      'cover:d:Photo d',
    ]);
  });

  it('refuses empty alt text, strangers, a full gallery and a cancelled event', () => {
    given([created])
      .when(add(image('a', 'gallery', '   ')))
      .thenFails('catalog.invalid-field');
    given([created])
      .when(add(image('a'), otherOrganizer))
      .thenFails('catalog.event-not-found');
    const full = [created, ...Array.from({ length: MAX_GALLERY_IMAGES }, (_, n) => added(image(`g${n}`)))];
    given(full)
      .when(add(image('x')))
      .thenFails('catalog.gallery-full');
    given([...withGallery, cancelled])
      .when(add(image('x')))
      .thenFails('catalog.illegal-transition');
  });
});

describe('ReorderGallery', () => {
  it('records the new order; the cover stays apart', () => {
    given(withGallery)
      .when(reorder(['b', 'a']))
      .then([reordered(['b', 'a'])]);
    expect(imagesAfter([...withGallery, reordered(['b', 'a'])])).toEqual([
      'cover:c:Photo c',
      'gallery:b:Photo b',
      'gallery:a:Photo a',
    ]);
  });

  it('lets an admin reorder any event', () => {
    given(withGallery)
      .when(reorder(['b', 'a'], admin))
      .then([reordered(['b', 'a'])]);
  });

  it('records nothing when the order is the current one', () => {
    given(withGallery)
      .when(reorder(['a', 'b']))
      .then([]);
    given([...withGallery, reordered(['b', 'a'])])
      .when(reorder(['b', 'a']))
      .then([]);
  });

  it('forbids anyone but the organizer and admins', () => {
    const error = given(withGallery)
      .when(reorder(['b', 'a'], otherOrganizer))
      .thenFails('catalog.event-not-found'); // a draft: others may not know it exists
    expect(error.kind).toBe('not-found');
  });

  it.each([
    ['a missing image', ['b']],
    ['an unknown image', ['b', 'a', 'zzz']],
    ['the cover', ['b', 'a', 'c']],
    ['another image instead', ['b', 'zzz']],
    ['nothing', []],
  ])('refuses an order naming %s: ids must be exactly the current gallery', (_, imageIds) => {
    const error = given(withGallery).when(reorder(imageIds)).thenFails('catalog.gallery-mismatch');
    expect(error).toMatchObject({ kind: 'conflict', details: { currentImageIds: ['a', 'b'] } });
  });

  it('refuses repeated ids as invalid input', () => {
    const error = given(withGallery)
      .when(reorder(['a', 'a']))
      .thenFails('catalog.invalid-field');
    expect(error).toMatchObject({ kind: 'validation', details: { field: 'imageIds' } });
  });

  it('refuses on a cancelled event and on an event that does not exist', () => {
    given([...withGallery, cancelled])
      .when(reorder(['b', 'a']))
      .thenFails('catalog.illegal-transition');
    given([]).when(reorder([])).thenFails('catalog.event-not-found');
  });

  it('keeps later uploads in place after an earlier reorder', () => {
    const history = [...withGallery, reordered(['b', 'a']), added(image('d'))];
    expect(imagesAfter(history)).toEqual([
      'cover:c:Photo c',
      'gallery:b:Photo b',
      'gallery:a:Photo a',
      'gallery:d:Photo d',
    ]);
    given(history)
      .when(reorder(['d', 'b', 'a']))
      .then([reordered(['d', 'b', 'a'])]);
  });
});

describe('ChangeEventImageAlt', () => {
  it('records the trimmed new alt text', () => {
    const changed: CatalogEvent = { type: 'EventImageAltChanged', data: { eventId, imageId: 'a', alt: 'Crowd' } };
    given(withGallery).when(changeAlt('a', '  Crowd ')).then([changed]);
    expect(imagesAfter([...withGallery, changed])[1]).toBe('gallery:a:Crowd');
  });

  it('records nothing when the text is unchanged', () => {
    given(withGallery).when(changeAlt('a', 'Photo a')).then([]);
  });

  it('refuses empty or overlong text, unknown images and strangers', () => {
    given(withGallery).when(changeAlt('a', ' ')).thenFails('catalog.invalid-field');
    given(withGallery)
      .when(changeAlt('a', 'x'.repeat(201)))
      .thenFails('catalog.invalid-field');
    given(withGallery).when(changeAlt('nope', 'Crowd')).thenFails('catalog.image-not-found');
    given(withGallery)
      .when(changeAlt('a', 'Crowd', otherOrganizer))
      .thenFails('catalog.event-not-found');
  });
});

describe('RemoveEventImage', () => {
  it('removes an image and refuses an unknown one', () => {
    given(withGallery)
      .when({ type: 'RemoveEventImage', data: { eventId, imageId: 'a' }, metadata: { now, actor: organizer } })
      .then([removed('a')]);
    given(withGallery)
      .when({ type: 'RemoveEventImage', data: { eventId, imageId: 'x' }, metadata: { now, actor: organizer } })
      .thenFails('catalog.image-not-found');
  });
});
