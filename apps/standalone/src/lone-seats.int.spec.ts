import { seatedSection, seatingPlan, tier } from './testing/booking-fixtures';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const tiers = [tier('standard', 'Standard', 2000)];
const hall = seatingPlan(seatedSection('hall', { rows: 3, seatsPerRow: 6 }));

describe('groups sit together, and nobody strands a lone seat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const seatedEvent = async (details: Record<string, unknown> = {}) => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers, ...details });
    expect(
      (await t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: hall })).status,
    ).toBe(200);
    await t.publish(eventId);
    return eventId;
  };
  const hold = (eventId: string, body: Record<string, unknown>, as = people.attendee) =>
    t.call('POST', `/api/events/${eventId}/holds`, { as, body: { sectionId: 'hall', ...body } });

  it('refuses picked seats that leave one alone, names it and suggests a better run; nothing is held', async () => {
    const eventId = await seatedEvent();
    const refused = await hold(eventId, { quantity: 2, seatIds: ['hall:A:2', 'hall:A:3'] });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'inventory.lone-seat',
      seats: ['hall:A:1'],
      suggestion: ['hall:A:1', 'hall:A:2'],
    });
    expect(refused.body.detail).toMatch(/hall:A:1 on its own/);
    const fine = await hold(eventId, { quantity: 2, seatIds: ['hall:A:1', 'hall:A:2'] });
    expect(fine.status).toBe(201);
  });

  it('lets the buyer have them when the organizer allows lone seats', async () => {
    const eventId = await seatedEvent({ allowLoneSeats: true });
    const event = await t.call('GET', `/api/events/${eventId}`, { headers: { 'x-min-position': '0' } });
    expect(event.body.allowLoneSeats).toBe(true);
    expect((await hold(eventId, { quantity: 2, seatIds: ['hall:A:2', 'hall:A:3'] })).status).toBe(201);
  });

  it('seats a best-available group where it strands nobody, and a group too big for a row in two rows', async () => {
    const eventId = await seatedEvent();
    // Row A: seats 1–3 taken, so a pair in 4–6 would strand one: the pair goes to row B.
    expect((await hold(eventId, { quantity: 3, seatIds: ['hall:A:1', 'hall:A:2', 'hall:A:3'] })).status).toBe(201);
    const pair = await hold(eventId, { quantity: 2 }, people.otherAttendee);
    expect(pair.body.seatIds).toEqual(['hall:B:1', 'hall:B:2']);
    const group = await hold(eventId, { quantity: 8 }, people.admin);
    expect(group.status).toBe(201);
    expect(group.body.seatIds).toEqual([
      'hall:B:3',
      'hall:B:4',
      'hall:B:5',
      'hall:B:6',
      'hall:C:1',
      'hall:C:2',
      'hall:C:3',
      'hall:C:4',
    ]);
  });
});
