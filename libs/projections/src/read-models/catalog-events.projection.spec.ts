import type { EventImage } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';
import { type CatalogEventDoc, catalogEventsProjection } from './catalog-events.projection';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
let position = 0n;
const recorded = (type: string, data: unknown): RecordedEvent => {
  position += 1n;
  return {
    id: `e${position}`,
    type,
    data,
    metadata: {
      correlationId: 'c',
      causationId: 'c',
      actor: 'organizer-1',
      schemaVersion: 1,
      occurredAt: '2030-01-01T12:00:00.000Z',
    },
    stream: `event-${eventId}`,
    revision: position - 1n,
    position,
  };
};
const image = (imageId: string, role: EventImage['role'] = 'gallery'): EventImage => ({
  imageId,
  role,
  alt: `Photo ${imageId}`,
  variants: [{ name: 'thumb', key: `media/events/${eventId}/${imageId}/thumb.webp`, width: 320, height: 200 }],
});

/** Runs events through evolve the way the runner does (stamping each document with the position applied). */
function project(events: RecordedEvent[], start: CatalogEventDoc | null = null): CatalogEventDoc | null {
  return events.reduce<CatalogEventDoc | null>((doc, event) => {
    const next = catalogEventsProjection.evolve(doc, event);
    return next ? ({ ...next, _position: Number(event.position) } as CatalogEventDoc) : null;
  }, start);
}

describe('catalog-events projection: images', () => {
  const history = [
    recorded('EventCreated', {
      eventId,
      organizerId: 'organizer-1',
      title: 'Jazz on the Lake',
      description: '',
      category: 'music',
      startsAt: '2030-06-01T19:30:00.000Z',
      venue: { name: 'Lake Stage', city: 'Zurich', country: 'CH' },
      capacity: 500,
    }),
    recorded('EventImageAdded', { eventId, image: image('c', 'cover') }),
    recorded('EventImageAdded', { eventId, image: image('a') }),
    recorded('EventImageAdded', { eventId, image: image('b') }),
    recorded('GalleryReordered', { eventId, imageIds: ['b', 'a'] }),
    recorded('EventImageAltChanged', { eventId, imageId: 'a', alt: 'The crowd' }),
    recorded('EventImageRemoved', { eventId, imageId: 'c' }),
    recorded('EventImageAdded', { eventId, image: image('d', 'cover') }),
  ];
  const summary = (doc: CatalogEventDoc | null) => doc?.images.map((i) => `${i.role}:${i.imageId}:${i.alt}`);

  it('keeps the gallery order, alt text changes and the replaced cover', () => {
    expect(catalogEventsProjection.eventTypes).toEqual(
      expect.arrayContaining(['GalleryReordered', 'EventImageAltChanged']),
    );
    expect(summary(project(history))).toEqual(['gallery:b:Photo b', 'gallery:a:The crowd', 'cover:d:Photo d']);
  });

  it('gives the same document when the image events are applied again', () => {
    const once = project(history);
    const twice = project(history.slice(4), once);
    expect(summary(twice)).toEqual(summary(once));
  });
});

describe('catalog-events projection: hidden price tiers', () => {
  const created = recorded('EventCreated', {
    eventId,
    organizerId: 'organizer-1',
    title: 'Jazz on the Lake',
    description: '',
    category: 'music',
    startsAt: '2030-06-01T19:30:00.000Z',
    venue: { name: 'Lake Stage', city: 'Zurich', country: 'CH' },
    capacity: 500,
  });
  const tiers = (priceTiers: unknown[]) =>
    recorded('EventDetailsUpdated', { eventId, changes: { priceTiers }, buyerFacing: false });
  const eur = (amount: number) => ({ amount, currency: 'EUR' });

  it('lists prices from the public tiers only; the document keeps the hidden tier for its organizer', () => {
    const doc = project([
      created,
      tiers([
        { id: 'standard', name: 'Standard', price: eur(3000) },
        { id: 'vip', name: 'VIP', price: eur(15000), hidden: true },
      ]),
    ]);
    expect(doc).toMatchObject({ currency: 'EUR', priceMin: 3000, priceMax: 3000 });
    expect(doc?.priceTiers?.map((t) => t.id)).toEqual(['standard', 'vip']);
  });

  it('lists no price once every tier is hidden', () => {
    const doc = project([
      created,
      tiers([{ id: 'standard', name: 'Standard', price: eur(3000) }]),
      tiers([{ id: 'vip', name: 'VIP', price: eur(15000), hidden: true }]),
    ]);
    expect(doc?.priceMin).toBeUndefined();
    expect(doc?.priceMax).toBeUndefined();
    expect(doc?.currency).toBeUndefined();
  });
});
