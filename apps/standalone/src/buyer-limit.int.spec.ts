import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const tiers = [{ id: 'standard', name: 'Standard', price: { amount: 3000, currency: 'EUR' } }];
const standing = (id: string, x: number) => ({
  id,
  name: id,
  kind: 'standing',
  priceTierId: 'standard',
  placement: { x, y: 0 },
  capacity: 20,
  width: 10,
  depth: 10,
});

describe('the per-buyer limit over HTTP: one buyer cannot take the whole event', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A published event of two 20-place standing sections (one inventory stream each). */
  async function twoSections(details: Record<string, unknown>) {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers, ...details });
    const plan = await t.call('PUT', `/api/events/${eventId}/seating-plan`, {
      as: people.organizer,
      body: { sections: [standing('left', 0), standing('right', 12)] },
    });
    expect(plan.status).toBe(200);
    await t.publish(eventId);
    return eventId;
  }
  const holdIn = (eventId: string, sectionId: string, quantity: number, as = people.attendee) =>
    t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity, sectionId } });
  const heldNow = async (eventId: string) => {
    const head = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    return (await t.call('GET', `/api/events/${eventId}/availability`, { headers: { 'x-min-position': head } })).body
      .held;
  };

  it('holds at most the limit across orders and sections, even when the holds race', async () => {
    const eventId = await twoSections({ maxTicketsPerOrder: 2, maxTicketsPerBuyer: 6 });
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => holdIn(eventId, i % 2 ? 'left' : 'right', 2)),
    );
    expect(attempts.filter((a) => a.status === 201)).toHaveLength(3);
    const refused = attempts.filter((a) => a.status !== 201);
    refused.forEach((a) => expectProblem(a, 409));
    expect(refused[0].body).toMatchObject({
      code: 'inventory.buyer-limit',
      type: 'https://booking.example/problems/inventory/buyer-limit',
      detail: 'At most 6 tickets per buyer for this event: you hold 6, so 0 more at most',
      max: 6,
    });
    expect(await heldNow(eventId)).toBe(6);
    // Someone else is not limited by this buyer's holds.
    expect((await holdIn(eventId, 'left', 2, people.otherAttendee)).status).toBe(201);
  });

  it('gives the places back when a hold is released or refused', async () => {
    const eventId = await twoSections({ maxTicketsPerBuyer: 4 });
    const first = await holdIn(eventId, 'left', 4);
    expect(first.status).toBe(201);
    expect((await holdIn(eventId, 'right', 1)).body.code).toBe('inventory.buyer-limit');
    const released = await t.call('DELETE', `/api/events/${eventId}/holds/${first.body.holdId}`, {
      as: people.attendee,
    });
    expect(released.status).toBe(200);
    // A hold its section refuses (seat numbers in a standing area) does not use up the allowance.
    const seats = ['left:A:1', 'left:A:2', 'left:A:3', 'left:A:4'];
    const refused = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 4, seatIds: seats },
    });
    expect(refused.body.code).toBe('inventory.no-assigned-seats');
    expect((await holdIn(eventId, 'right', 4)).status).toBe(201);
    expect(await heldNow(eventId)).toBe(4);
  });

  it('gives the places back when the buyer cancels a checkout before paying', async () => {
    const eventId = await twoSections({ maxTicketsPerBuyer: 2, refundPolicy: 'any-time' });
    const hold = await holdIn(eventId, 'left', 2);
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: hold.body.holdId }], buyer: { name: 'Ada', email: 'ada@example.com' } },
    });
    expect(placed.body).toMatchObject({ status: 'pending-payment' });
    expectProblem(await holdIn(eventId, 'right', 1), 409); // the checkout's places still count
    const cancelled = await t.call('POST', `/api/bookings/${placed.body.bookingId}/cancellation`, {
      as: people.attendee,
      body: {},
    });
    expect(cancelled.status).toBe(200);
    expect((await holdIn(eventId, 'right', 2)).status).toBe(201);
  });

  it('validates the limit an organizer sets, and shows it on the event', async () => {
    const bad = await t.call('POST', '/api/events', {
      as: people.organizer,
      body: {
        title: 'Too generous',
        category: 'music',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        venue: { name: 'Hall', city: 'Oslo', country: 'NO' },
        capacity: 5,
        maxTicketsPerBuyer: 0,
      },
    });
    expectProblem(bad, 400);
    const { eventId, position } = await t.publishedEvent(10, people.organizer, { maxTicketsPerBuyer: 3 });
    const shown = await t.call('GET', `/api/events/${eventId}`, { headers: { 'x-min-position': position } });
    expect(shown.body.maxTicketsPerBuyer).toBe(3);
  });
});
