import { NotFoundException } from '@nestjs/common';
import type { Actor } from '@booking/domain';
import { readModelsWith } from '../../testing/read-models.fixture';
import { GetSeatingPlanHandler } from './get-seating-plan.handler';
import { GetSeatingPlanQuery } from './get-seating-plan.query';

const eventId = '0b6f1f0e-8d2a-4c39-9d3e-6d1b2a3c4d5e';
const priceTiers = [{ id: 'std', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }];
const plan = { _id: eventId, _position: 9, eventId, planVersion: 2, capacity: 40, plan: { sections: [] } };
const organizer: Actor = { userId: 'org-1', roles: ['organizer'] } as Actor;

async function handlerWith(status: string) {
  const event = { _id: eventId, _position: 8, status, organizerId: 'org-1', revision: 5, priceTiers };
  return new GetSeatingPlanHandler(await readModelsWith({ 'catalog-events': [event], 'seating-plans': [plan] }));
}

describe('GetSeatingPlanHandler', () => {
  it("answers the plan with the event's price tiers, and the revision the ETag carries", async () => {
    const handler = await handlerWith('published');
    expect(await handler.execute(new GetSeatingPlanQuery({ eventId, viewer: undefined }))).toEqual({
      plan: { eventId, planVersion: 2, capacity: 40, plan: { sections: [] }, priceTiers, position: '9' },
      revision: 5,
    });
  });

  it("shows a draft's plan to its organizer only: to others it is not there", async () => {
    const handler = await handlerWith('draft');
    await expect(handler.execute(new GetSeatingPlanQuery({ eventId, viewer: organizer }))).resolves.toMatchObject({
      revision: 5,
    });
    const stranger = { userId: 'someone', roles: ['attendee'] } as Actor;
    await expect(handler.execute(new GetSeatingPlanQuery({ eventId, viewer: stranger }))).rejects.toThrow(
      NotFoundException,
    );
  });
});
