import { ManualClock } from '@booking/platform';
import { BUYER, seatedSection, seatingPlan, tier } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

type Answer = Parameters<typeof expectProblem>[0];
const refused = (response: Answer, status: number, code: string) => {
  expectProblem(response, status);
  expect(response.body).toMatchObject({ code });
};

const DAY = 86_400_000;
const tiers = [tier('standard', 'Standard', 4500), { ...tier('vip', 'VIP lounge', 12000), hidden: true }];
type Tier = { id: string; hidden?: boolean };

describe('access codes: hidden price tiers and presale, decided on the write side', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const head = async (): Promise<string> =>
    (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
  const at = (position: string) => ({ 'x-min-position': position });
  const create = (body: Record<string, unknown>, as: Persona = people.organizer) =>
    t.call('POST', '/api/promo-codes', { as, body });
  const access = (eventId: string, code: string, as: Persona = people.attendee) =>
    t.call('POST', `/api/events/${eventId}/access`, { as, body: { code } });
  const hold = (eventId: string, body: Record<string, unknown>, as: Persona = people.attendee) =>
    t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity: 1, ...body } });
  const checkout = (
    eventId: string,
    holdId: string,
    tierId: string,
    extra: Record<string, unknown> = {},
    as = people.attendee,
  ) => t.call('POST', '/api/bookings', { as, body: { eventId, holds: [{ holdId, tierId }], buyer: BUYER, ...extra } });
  const eventAs = async (eventId: string, position: string, as?: Persona) =>
    (await t.call('GET', `/api/events/${eventId}`, { ...(as ? { as } : {}), headers: at(position) })).body;

  it('hides a hidden tier from the public catalog; the organizer and admins see it', async () => {
    const { eventId, position } = await t.publishedEvent(20, people.organizer, { priceTiers: tiers });
    for (const viewer of [undefined, people.attendee, people.otherOrganizer]) {
      const seen = await eventAs(eventId, position, viewer);
      expect(seen.priceTiers.map((x: Tier) => x.id)).toEqual(['standard']);
      expect(seen).toMatchObject({ priceMin: 4500, priceMax: 4500 }); // the hidden price is not listed either
    }
    for (const viewer of [people.organizer, people.admin]) {
      const seen = await eventAs(eventId, position, viewer);
      expect(seen.priceTiers).toEqual([tiers[0], tiers[1]]);
    }
    const listed = await t.call('GET', `/api/events?q=`, { headers: at(position) });
    const item = listed.body.items.find((e: { id: string }) => e.id === eventId);
    expect(item).toMatchObject({ priceMin: 4500, priceMax: 4500 });
  });

  it('shows the hidden tier with the code, sells it only with the code, and counts the use at checkout', async () => {
    const { eventId } = await t.publishedEvent(20, people.organizer, { priceTiers: tiers });
    const created = await create({ code: 'vip-room', access: { tierIds: ['vip'] }, maxUses: 1 });
    expect(created.status).toBe(201);

    const opened = await access(eventId, 'Vip-Room');
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ eventId, code: 'VIP-ROOM', presale: false, tiers: [tiers[1]] });

    const held = await hold(eventId, { accessCode: 'VIP-ROOM' });
    expect(held.status).toBe(201);
    const before = await head();
    refused(await checkout(eventId, held.body.holdId, 'vip'), 403, 'catalog.hidden-tier');
    refused(
      await t.call('POST', '/api/booking-quotes', {
        as: people.attendee,
        body: { eventId, holds: [{ holdId: held.body.holdId, tierId: 'vip' }] },
      }),
      403,
      'catalog.hidden-tier',
    );
    expect(await head()).toBe(before); // nothing appended

    const quoted = await t.call('POST', '/api/booking-quotes', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: held.body.holdId, tierId: 'vip' }], promoCode: 'vip-room' },
    });
    expect(quoted.body).toMatchObject({
      total: { amount: 12000 },
      promo: { code: 'VIP-ROOM', discount: { amount: 0 } },
    });
    const placed = await checkout(eventId, held.body.holdId, 'vip', { promoCode: 'vip-room' });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ total: { amount: 12000 }, promo: { code: 'VIP-ROOM' } });

    // One use in all: the next buyer is refused, on the page and at the hold.
    refused(await access(eventId, 'VIP-ROOM', people.otherAttendee), 409, 'promo.used-up');
    const before2 = await head();
    refused(await hold(eventId, { accessCode: 'VIP-ROOM' }, people.otherAttendee), 409, 'promo.used-up');
    expect(await head()).toBe(before2);

    const listed = await t.call('GET', '/api/promo-codes', { as: people.organizer, headers: at(placed.body.position) });
    expect(listed.body.items.find((c: { code: string }) => c.code === 'VIP-ROOM')).toMatchObject({
      discount: { kind: 'none' },
      access: { tierIds: ['vip'] },
      uses: 1,
    });
  });

  it('holds before sales open only with a presale code, and checks such a hold out only with it', async () => {
    const opensAt = new Date(clock.now().getTime() + 2 * DAY).toISOString();
    const closesAt = new Date(clock.now().getTime() + 4 * DAY).toISOString();
    const { eventId } = await t.publishedEvent(20, people.organizer, {
      priceTiers: [tiers[0]],
      salesWindow: { opensAt, closesAt },
    });
    expect((await create({ code: 'EARLY-BIRD', access: { presale: true } })).status).toBe(201);
    expect((await create({ code: 'JUST-10', percentOff: 10 })).status).toBe(201);

    const before = await head();
    refused(await hold(eventId, {}), 409, 'inventory.sales-not-open');
    refused(await hold(eventId, { accessCode: 'JUST-10' }), 422, 'promo.no-access');
    refused(await hold(eventId, { accessCode: 'NOPE' }), 422, 'promo.unknown-code');
    expect(await head()).toBe(before);

    expect((await access(eventId, 'early-bird')).body).toMatchObject({ presale: true, tiers: [], sales: { opensAt } });
    const early = await hold(eventId, { accessCode: 'early-bird' });
    expect(early.status).toBe(201);
    const { holdId } = early.body;
    refused(await checkout(eventId, holdId, 'standard'), 422, 'booking.access-code-required');
    refused(await checkout(eventId, holdId, 'standard', { promoCode: 'JUST-10' }), 422, 'booking.access-code-required');
    const placed = await checkout(eventId, holdId, 'standard', { promoCode: 'EARLY-BIRD' });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ total: { amount: 4500 }, promo: { code: 'EARLY-BIRD' } });
  });

  it("keeps the event's per-buyer limit in presale, and a presale code never reopens closed sales", async () => {
    const opensAt = new Date(clock.now().getTime() + 2 * DAY).toISOString();
    const closesAt = new Date(clock.now().getTime() + 4 * DAY).toISOString();
    const { eventId } = await t.publishedEvent(20, people.organizer, {
      priceTiers: [tiers[0]],
      salesWindow: { opensAt, closesAt },
      maxTicketsPerBuyer: 2,
    });
    expect((await create({ code: 'EARLY-LIMITED', access: { presale: true }, eventIds: [eventId] })).status).toBe(201);
    expect((await hold(eventId, { quantity: 2, accessCode: 'EARLY-LIMITED' })).status).toBe(201);
    refused(await hold(eventId, { quantity: 1, accessCode: 'EARLY-LIMITED' }), 409, 'inventory.buyer-limit');
    clock.advance(4 * DAY);
    refused(await hold(eventId, { accessCode: 'EARLY-LIMITED' }, people.otherAttendee), 409, 'inventory.sales-closed');
  });

  it('keeps a plan section sold at a hidden tier for code holders', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const plan = seatingPlan(
      seatedSection('stalls', { rows: 1, seatsPerRow: 4 }),
      seatedSection('box', { rows: 1, seatsPerRow: 2, priceTierId: 'vip', y: 20 }),
    );
    expect(
      (await t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan })).status,
    ).toBe(200);
    const position = await t.publish(eventId);
    expect((await create({ code: 'BOX-SEATS', access: { tierIds: ['vip'] } })).status).toBe(201);
    const plain = await t.call('GET', `/api/events/${eventId}/seating-plan`, { headers: at(position) });
    expect(plain.body.priceTiers.map((x: Tier) => x.id)).toEqual(['standard']);

    const before = await head();
    refused(await hold(eventId, { sectionId: 'box' }), 403, 'catalog.hidden-tier');
    expect(await head()).toBe(before);
    expect((await hold(eventId, { sectionId: 'stalls' })).status).toBe(201);
    const boxed = await hold(eventId, { sectionId: 'box', accessCode: 'box-seats' });
    expect(boxed.status).toBe(201);
    const placed = await checkout(eventId, boxed.body.holdId, 'vip', { promoCode: 'box-seats' });
    expect(placed.body).toMatchObject({ total: { amount: 12000 } });
  });

  it('does not tell whether other events or organizers have the code; bad requests are 4xx', async () => {
    const { eventId } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers });
    const { eventId: other } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers });
    expect((await create({ code: 'ELSEWHERE-VIP', access: { tierIds: ['vip'] }, eventIds: [other] })).status).toBe(201);
    expect((await create({ code: 'THEIR-VIP', access: { tierIds: ['vip'] } }, people.otherOrganizer)).status).toBe(201);
    for (const code of ['ELSEWHERE-VIP', 'THEIR-VIP', 'NEVER-MADE']) {
      const answer = await access(eventId, code);
      refused(answer, 422, 'promo.unknown-code');
      expect(answer.body.detail).toBe('No such promo code for this event');
    }
    expect((await access(other, 'ELSEWHERE-VIP')).status).toBe(200);
    expect((await t.call('POST', `/api/events/${eventId}/access`, { body: { code: 'X' } })).status).toBe(401);
    expect((await t.call('POST', `/api/events/${eventId}/access`, { as: people.attendee, body: {} })).status).toBe(400);
    refused(await access('0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f', 'ELSEWHERE-VIP'), 404, 'booking.not-on-sale');
    refused(await create({ code: 'EMPTY', access: {} }), 422, 'promo.bad-terms');
    refused(await create({ code: 'NOTHING', access: { presale: false } }), 422, 'promo.bad-terms');
  });
});
