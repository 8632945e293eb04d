import type { HoldDoc } from '@booking/projections';
import { clockAt, readModelsWith } from '../../testing/read-models.fixture';
import { GetSeatsHandler } from './get-seats.handler';
import { GetSeatsQuery } from './get-seats.query';

const eventId = '5a0c3a51-2f7e-4d8b-9a3c-1b2c3d4e5f60';
const hold = (id: string, seatIds: string[], changes: Partial<HoldDoc> = {}): HoldDoc => ({
  _id: id,
  _position: 4,
  eventId,
  sectionId: 'stalls',
  seatIds,
  holderId: 'u1',
  quantity: seatIds.length,
  expiresAt: '2026-12-05T00:10:00.000Z',
  status: 'active',
  ...changes,
});

describe('GetSeatsHandler', () => {
  it('answers free places per section and the seats in holds that are active and not yet expired', async () => {
    const readModels = await readModelsWith({
      'catalog-events': [{ _id: eventId, _position: 2, status: 'published', organizerId: 'org-1' }],
      'event-availability': [
        {
          _id: eventId,
          _position: 6,
          eventId,
          sections: { stalls: { capacity: 10, held: 3, sold: 0, free: 7 } },
        },
      ],
      holds: [
        hold('h1', ['stalls:A:1', 'stalls:A:2']),
        hold('h2', ['stalls:A:3']),
        hold('cancelled', ['stalls:B:1'], { status: 'cancelled' }),
        hold('lapsed', ['stalls:B:2'], { expiresAt: '2026-12-04T23:59:59.000Z' }),
      ],
    });
    const handler = new GetSeatsHandler(readModels, clockAt('2026-12-05T00:00:00.000Z'));

    const seats = await handler.execute(new GetSeatsQuery({ eventId, viewer: undefined }));

    expect({ ...seats, taken: [...seats.taken].sort() }).toEqual({
      eventId,
      sections: [{ sectionId: 'stalls', capacity: 10, free: 7 }],
      taken: ['stalls:A:1', 'stalls:A:2', 'stalls:A:3'],
      position: '6',
    });
  });
});
