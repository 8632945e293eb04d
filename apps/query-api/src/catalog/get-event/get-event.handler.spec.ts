import { readModelsWith } from '../../testing/read-models.fixture';
import { GetEventHandler } from './get-event.handler';
import { GetEventQuery } from './get-event.query';

const eventId = '7d3e2f1a-0b9c-4d8e-8f7a-6b5c4d3e2f1a';
const otherId = '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5';
const event = {
  _id: eventId,
  _position: 12,
  title: 'Fado night',
  description: 'Songs of the sea',
  category: 'music',
  startsAt: '2027-01-10T20:00:00.000Z',
  venue: { name: 'Clube', city: 'Lisbon', country: 'PT' },
  status: 'published',
  organizerId: 'org-1',
  capacity: 80,
  held: 0,
  free: 80,
  tags: [],
  images: [],
};

describe('GetEventHandler', () => {
  it('answers full availability of the capacity while the event has no inventory yet', async () => {
    const handler = new GetEventHandler(await readModelsWith({ 'catalog-events': [event] }));
    const detail = await handler.execute(new GetEventQuery({ eventId, viewer: undefined }));
    expect(detail).toMatchObject({ id: eventId, title: 'Fado night', organizerId: 'org-1' });
    expect(detail.availability).toEqual({ eventId, capacity: 80, held: 0, sold: 0, free: 80, position: '12' });
  });

  it('answers the availability read model once there is one', async () => {
    const availability = { _id: eventId, _position: 15, eventId, capacity: 80, held: 2, sold: 5, free: 73 };
    const handler = new GetEventHandler(
      await readModelsWith({ 'catalog-events': [event], 'event-availability': [availability] }),
    );
    const { availability: view } = await handler.execute(new GetEventQuery({ eventId, viewer: undefined }));
    expect(view).toEqual({ eventId, capacity: 80, held: 2, sold: 5, free: 73, onSale: true, position: '15' });
  });

  it('says whether the event has a seating plan (its sections in brief), so a page asks for no plan it has not', async () => {
    const seating = {
      planVersion: 3,
      sections: [{ id: 'stalls', name: 'Stalls', kind: 'seated', priceTierId: 'std', capacity: 80 }],
    };
    const handler = new GetEventHandler(
      await readModelsWith({ 'catalog-events': [event, { ...event, _id: otherId, seating }] }),
    );
    const plain = await handler.execute(new GetEventQuery({ eventId, viewer: undefined }));
    expect(plain).not.toHaveProperty('seating');
    const seated = await handler.execute(new GetEventQuery({ eventId: otherId, viewer: undefined }));
    expect(seated).toMatchObject({ seating });
  });
});
