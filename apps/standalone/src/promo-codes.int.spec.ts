import { TEST_CARDS } from '@booking/command-api';
import { ManualClock } from '@booking/platform';
import { ExpireBookings } from '@booking/projector';
import { BUYER, tier } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

type Answer = Parameters<typeof expectProblem>[0];
/** A problem+json refusal with this status and this stable code (its `code`). */
const refused = (response: Answer, status: number, code: string) => {
  expectProblem(response, status);
  expect(response.body).toMatchObject({ code });
};

const tiers = [tier('standard', 'Standard', 4500), tier('reduced', 'Reduced', 2700)];
const buyer = BUYER;
const PAYMENT_WINDOW_MS = 15 * 60 * 1000;

describe('promo codes: created by organizers, applied at checkout, counted on the write side', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (position: string) => ({ 'x-min-position': position });
  const create = (body: Record<string, unknown>, as: Persona = people.organizer) =>
    t.call('POST', '/api/promo-codes', { as, body });
  const hold = async (eventId: string, quantity: number, as: Persona = people.attendee) => {
    const response = await t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity } });
    expect(response.status).toBe(201);
    return response.body as { holdId: string };
  };
  const checkout = (eventId: string, holdId: string, extra: Record<string, unknown>, as: Persona = people.attendee) =>
    t.call('POST', '/api/bookings', {
      as,
      body: { eventId, holds: [{ holdId, tierId: 'standard' }], buyer, ...extra },
    });
  const quote = (eventId: string, holdId: string, promoCode?: string, as: Persona = people.attendee) =>
    t.call('POST', '/api/booking-quotes', {
      as,
      body: { eventId, holds: [{ holdId, tierId: 'standard' }], ...(promoCode ? { promoCode } : {}) },
    });
  const codes = async (as: Persona, position: string, query = '') =>
    t.call('GET', `/api/promo-codes${query}`, { as, headers: at(position) });

  it('quotes and checks out with a percentage off; the discount is on each ticket and the booking', async () => {
    const { eventId } = await t.publishedEvent(50, people.organizer, { priceTiers: tiers });
    const created = await create({ code: 'spring-10', percentOff: 10 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'SPRING-10', status: 'active' });

    const { holdId } = await hold(eventId, 2);
    const quoted = await quote(eventId, holdId, 'Spring-10');
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({
      subtotal: { amount: 9000, currency: 'EUR' },
      promo: { code: 'SPRING-10', discount: { amount: 900 } },
      total: { amount: 8100 },
    });
    expect(quoted.body.tickets[0]).toMatchObject({
      listPrice: { amount: 4500 },
      price: { amount: 4050 },
      discount: { amount: 450 },
    });
    const plain = await quote(eventId, holdId);
    expect(plain.body).toMatchObject({ subtotal: { amount: 9000 }, total: { amount: 9000 } });
    expect(plain.body.promo).toBeUndefined();

    const placed = await checkout(eventId, holdId, { promoCode: 'spring-10' });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ total: { amount: 8100 }, promo: { code: 'SPRING-10' } });
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body).toMatchObject({ bookingStatus: 'confirmed', amount: { amount: 8100 } });
    const read = await t.call('GET', `/api/bookings/${placed.body.bookingId}`, {
      as: people.attendee,
      headers: at(paid.body.position),
    });
    expect(read.body).toMatchObject({
      total: { amount: 8100 },
      promo: { code: 'SPRING-10', discount: { amount: 900 } },
    });
    expect(read.body.tickets.map((x: { discount?: { amount: number } }) => x.discount?.amount)).toEqual([450, 450]);

    const listed = await codes(people.organizer, paid.body.position);
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((c: { code: string }) => c.code === 'SPRING-10')).toMatchObject({
      uses: 1,
      redemptions: 1,
      discounted: { amount: 900 },
    });
  });

  it('a 100 % code makes the booking free: confirmed at once', async () => {
    const { eventId } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers });
    expect((await create({ code: 'COMP', percentOff: 100 })).status).toBe(201);
    const { holdId } = await hold(eventId, 1);
    const placed = await checkout(eventId, holdId, { promoCode: 'comp' });
    expect(placed.body).toMatchObject({ status: 'confirmed', total: { amount: 0 } });
  });

  it('never spends a code past its uses, even when checkouts race; an expired booking gives its use back', async () => {
    const { eventId } = await t.publishedEvent(100, people.organizer, { priceTiers: tiers });
    expect((await create({ code: 'FLASH', amountOff: { amount: 1000, currency: 'EUR' }, maxUses: 3 })).status).toBe(
      201,
    );
    const racers = [people.attendee, people.otherAttendee, people.admin, people.organizer, people.ops];
    const holds = await Promise.all(racers.map((p) => hold(eventId, 1, p)));
    const results = await Promise.all(
      racers.map((p, i) => checkout(eventId, holds[i].holdId, { promoCode: 'FLASH' }, p)),
    );
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(3);
    for (const lost of results.filter((r) => r.status !== 201)) refused(lost, 409, 'promo.used-up');
    // The losers' holds were given back to them, not left checked out.
    const loser = racers[results.findIndex((r) => r.status !== 201)];
    const again = await checkout(eventId, holds[results.findIndex((r) => r.status !== 201)].holdId, {}, loser);
    expect(again.status).toBe(201);

    clock.advance(PAYMENT_WINDOW_MS + 1000);
    const sweeper = t.app.get(ExpireBookings, { strict: false });
    while ((await sweeper.sweep()) > 0);
    const { holdId } = await hold(eventId, 1);
    const later = await checkout(eventId, holdId, { promoCode: 'FLASH' });
    expect(later.status).toBe(201); // the expired bookings gave their uses back
    expect(later.body.total).toEqual({ amount: 3500, currency: 'EUR' });
  });

  it('limits per buyer, validity window, events and tiers; a disabled code is refused; nothing is written', async () => {
    const { eventId } = await t.publishedEvent(50, people.organizer, { priceTiers: tiers });
    const { eventId: otherEvent } = await t.publishedEvent(50, people.organizer, { priceTiers: tiers });
    const soon = new Date(clock.now().getTime() + 86_400_000).toISOString();
    expect((await create({ code: 'ONCE', percentOff: 5, maxUsesPerBuyer: 1 })).status).toBe(201);
    expect((await create({ code: 'LATER', percentOff: 5, validFrom: soon })).status).toBe(201);
    expect((await create({ code: 'ELSEWHERE', percentOff: 5, eventIds: [otherEvent] })).status).toBe(201);
    expect((await create({ code: 'REDUCED-ONLY', percentOff: 5, tierIds: ['reduced'] })).status).toBe(201);
    const off = await create({ code: 'OFF', freeTicket: true });
    expect(
      (await t.call('POST', `/api/promo-codes/${off.body.promoId}/disable`, { as: people.organizer })).status,
    ).toBe(200);

    const first = await hold(eventId, 1);
    expect((await checkout(eventId, first.holdId, { promoCode: 'ONCE' })).status).toBe(201);
    const { holdId } = await hold(eventId, 1);
    refused(await checkout(eventId, holdId, { promoCode: 'ONCE' }), 409, 'promo.buyer-limit');
    refused(await checkout(eventId, holdId, { promoCode: 'LATER' }), 409, 'promo.not-yet-valid');
    refused(await checkout(eventId, holdId, { promoCode: 'ELSEWHERE' }), 422, 'promo.not-applicable');
    refused(await checkout(eventId, holdId, { promoCode: 'REDUCED-ONLY' }), 422, 'promo.not-applicable');
    refused(await checkout(eventId, holdId, { promoCode: 'OFF' }), 409, 'promo.disabled');
    refused(await checkout(eventId, holdId, { promoCode: 'NOPE' }), 422, 'promo.unknown-code');
    refused(await quote(eventId, holdId, 'NOPE'), 422, 'promo.unknown-code');
    // None of the refusals took the hold: it checks out without a code.
    expect((await checkout(eventId, holdId, {})).status).toBe(201);
  });

  it("another organizer's code does not exist for this event; organizers see only their own codes", async () => {
    const { eventId } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers });
    const theirs = await create({ code: 'THEIRS', percentOff: 50 }, people.otherOrganizer);
    expect(theirs.status).toBe(201);
    const { holdId } = await hold(eventId, 1);
    refused(await checkout(eventId, holdId, { promoCode: 'THEIRS' }), 422, 'promo.unknown-code');

    const mine = await codes(people.organizer, theirs.body.position);
    expect(mine.body.items.map((c: { code: string }) => c.code)).not.toContain('THEIRS');
    const asked = await codes(people.organizer, theirs.body.position, `?organizerId=${people.otherOrganizer.userId}`);
    expect(asked.body.items.map((c: { code: string }) => c.code)).not.toContain('THEIRS');
    const admin = await codes(people.admin, theirs.body.position, `?organizerId=${people.otherOrganizer.userId}`);
    expect(admin.body.items.map((c: { code: string }) => c.code)).toEqual(['THEIRS']);
    refused(
      await t.call('POST', `/api/promo-codes/${theirs.body.promoId}/disable`, { as: people.organizer }),
      404,
      'promo.not-found',
    );
  });

  it('refuses bad terms, duplicates and callers who are not organizers', async () => {
    expect((await create({ code: 'DUP', percentOff: 5 })).status).toBe(201);
    refused(await create({ code: 'dup', percentOff: 7 }), 409, 'promo.exists');
    refused(await create({ code: 'TWO', percentOff: 5, freeTicket: true }), 422, 'promo.bad-terms');
    refused(await create({ code: 'NONE' }), 422, 'promo.bad-terms');
    expect((await create({ code: 'X', percentOff: 5 })).status).toBe(400);
    expect((await create({ code: 'PCT', percentOff: 150 })).status).toBe(400);
    expect((await create({ code: 'EXTRA', percentOff: 5, total: 1 })).status).toBe(400);
    expect((await create({ code: 'ATT', percentOff: 5 }, people.attendee)).status).toBe(403);
    expect((await t.call('GET', '/api/promo-codes', { as: people.attendee })).status).toBe(403);
    expect((await t.call('POST', '/api/promo-codes', { body: { code: 'ANON', percentOff: 5 } })).status).toBe(401);
    refused(
      await create({ code: 'FOROTHER', percentOff: 5, organizerId: people.otherOrganizer.userId }),
      403,
      'promo.not-organizer',
    );
  });
});
