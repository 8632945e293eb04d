import { ManualClock } from '@booking/platform';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const DAY = 86_400_000;

describe('sales rules over HTTP: what the organizer set is what a hold may do', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const holdOf = (eventId: string, quantity: number, as = people.attendee) =>
    t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity } });
  const availability = async (eventId: string) => {
    const head = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    return (await t.call('GET', `/api/events/${eventId}/availability`, { headers: { 'x-min-position': head } })).body;
  };

  it('refuses more tickets in one order than the event allows, with a problem saying so', async () => {
    const { eventId } = await t.publishedEvent(40, people.organizer, { maxTicketsPerOrder: 4 });
    for (const quantity of [5, 20]) {
      const refused = await holdOf(eventId, quantity);
      expectProblem(refused, 422);
      expect(refused.body).toMatchObject({
        type: 'https://booking.example/problems/inventory/order-limit',
        code: 'inventory.order-limit',
        detail: `At most 4 tickets per order for this event, ${quantity} requested`,
        max: 4,
      });
    }
    expect(await availability(eventId)).toMatchObject({ held: 0, free: 40 }); // the refusals changed nothing
    expect((await holdOf(eventId, 4)).status).toBe(201);
  });

  it('refuses holds before sales open and after they close, and holds in between', async () => {
    const opensAt = new Date(clock.now().getTime() + 2 * DAY).toISOString();
    const closesAt = new Date(clock.now().getTime() + 4 * DAY).toISOString();
    const { eventId } = await t.publishedEvent(10, people.organizer, { salesWindow: { opensAt, closesAt } });

    const early = await holdOf(eventId, 1);
    expectProblem(early, 409);
    expect(early.body).toMatchObject({
      code: 'inventory.sales-not-open',
      detail: `Sales for this event open at ${opensAt}`,
      opensAt,
    });

    clock.advance(2 * DAY);
    expect((await holdOf(eventId, 2)).status).toBe(201);

    clock.advance(2 * DAY);
    const late = await holdOf(eventId, 1);
    expectProblem(late, 409);
    expect(late.body).toMatchObject({ code: 'inventory.sales-closed', closesAt });
    expect(await availability(eventId)).toMatchObject({ held: 2 });
  });

  it('tells buyers when an event takes holds, in its detail and in the catalog list', async () => {
    const opensAt = new Date(clock.now().getTime() + 30 * DAY).toISOString();
    const closesAt = new Date(clock.now().getTime() + 31 * DAY).toISOString();
    const startsAt = new Date(clock.now().getTime() + 40 * DAY).toISOString();
    const later = await t.publishedEvent(10, people.organizer, {
      title: 'Window Opens Later',
      startsAt,
      salesWindow: { opensAt, closesAt },
    });
    const at = { 'x-min-position': later.position };
    expect((await t.call('GET', `/api/events/${later.eventId}`, { headers: at })).body.sales).toEqual({
      opensAt,
      closesAt,
    });
    const listed = await t.call('GET', '/api/events?q=window+opens+later', { headers: at });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: later.eventId, sales: { opensAt, closesAt } })]);
    // Without a window: on sale since publication, until the event starts.
    const plain = await t.publishedEvent(10, people.organizer, { startsAt });
    const detail = await t.call('GET', `/api/events/${plain.eventId}`, {
      headers: { 'x-min-position': plain.position },
    });
    expect(detail.body.sales).toEqual({ closesAt: startsAt });
    // A draft takes no holds at all.
    const draft = await t.createEvent();
    const own = await t.call('GET', `/api/events/${draft.eventId}`, {
      as: people.organizer,
      headers: { 'x-min-position': draft.position },
    });
    expect(own.body.sales).toBeUndefined();
  });

  it('takes a changed limit or window into account from the next hold on', async () => {
    const { eventId } = await t.publishedEvent(10);
    expect((await holdOf(eventId, 5)).status).toBe(201);
    const patched = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { maxTicketsPerOrder: 2 },
    });
    expect(patched.status).toBe(200);
    expect((await holdOf(eventId, 3)).body.code).toBe('inventory.order-limit');
    expect((await holdOf(eventId, 2)).status).toBe(201);
  });
});
