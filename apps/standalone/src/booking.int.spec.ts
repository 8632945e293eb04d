import { CatalogReader, TEST_CARDS, TestModePaymentProvider } from '@booking/command-api';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ERASED, PersonalDataEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { ExpireBookings, ORPHAN_GRACE_MS } from '@booking/projector';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { gridRows } from '@booking/domain';
import { BUYER, FREE } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const free = FREE;
const tiers = [
  { id: 'standard', name: 'Standard', price: { amount: 3000, currency: 'EUR' } },
  { id: 'premium', name: 'Premium', price: { amount: 6000, currency: 'EUR' } },
];
const theatre = {
  sections: [
    {
      id: 'stalls',
      name: 'Stalls',
      kind: 'seated',
      priceTierId: 'standard',
      placement: { x: 0, y: 0 },
      shape: { type: 'straight' },
      rows: gridRows({ rows: 2, seatsPerRow: 4 }).map((row, i) => (i === 0 ? { ...row, priceTierId: 'premium' } : row)),
    },
    {
      id: 'floor',
      name: 'Floor',
      kind: 'standing',
      priceTierId: 'standard',
      placement: { x: 0, y: 20 },
      capacity: 10,
      width: 20,
      depth: 10,
    },
  ],
};
const buyer = BUYER;
const PAYMENT_WINDOW_MS = 15 * 60 * 1000;

describe('booking: checkout, payment, confirmation, expiry', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  const at = (position: string) => ({ 'x-min-position': position });
  const hold = async (eventId: string, body: Record<string, unknown>, as: Persona = people.attendee) => {
    const response = await t.call('POST', `/api/events/${eventId}/holds`, { as, body });
    expect(response.status).toBe(201);
    return response.body as { holdId: string; sectionId?: string; seatIds?: string[]; position: string };
  };
  const checkout = (body: Record<string, unknown>, as: Persona = people.attendee, headers?: Record<string, string>) =>
    t.call('POST', '/api/bookings', { as, body: { buyer, ...body }, headers });
  const pay = (bookingId: string, cardNumber: string = TEST_CARDS.succeeds, as: Persona = people.attendee) =>
    t.call('POST', `/api/bookings/${bookingId}/payments`, { as, body: { cardNumber } });
  const availability = async (eventId: string, position: string) =>
    (await t.call('GET', `/api/events/${eventId}/availability`, { headers: at(position) })).body;
  const booking = async (bookingId: string, position: string, as: Persona = people.attendee) =>
    t.call('GET', `/api/bookings/${bookingId}`, { as, headers: at(position) });

  /** Ends every booking still pending from earlier tests, so a sweep's count is this test's alone. */
  const expireEarlierBookings = async () => {
    clock.advance(PAYMENT_WINDOW_MS);
    await t.call('GET', '/api/me/holds', { as: people.attendee, headers: at(String(await head())) });
    const sweeper = t.app.get(ExpireBookings, { strict: false });
    while ((await sweeper.sweep()) > 0);
  };

  const seatedEvent = async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const plan = await t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: theatre });
    expect(plan.status).toBe(200);
    await t.publish(eventId);
    return eventId;
  };

  it('confirms a free booking at once and sells its places', async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: free });
    const { holdId } = await hold(eventId, { quantity: 2 });
    const placed = await checkout({ eventId, holds: [{ holdId, attendeeNames: ['Ada', 'Grace'] }] });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ status: 'confirmed', total: { amount: 0, currency: 'EUR' } });
    expect(new Set(placed.body.tickets.map((ticket: { ticketId: string }) => ticket.ticketId)).size).toBe(2);
    expect(await availability(eventId, placed.body.position)).toMatchObject({ sold: 2, held: 0, free: 3 });

    const read = await booking(placed.body.bookingId, placed.body.position);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      status: 'confirmed',
      buyerName: 'Ada Lovelace',
      buyerId: people.attendee.userId,
    });
    expect(read.body.tickets.map((ticket: { attendeeName?: string }) => ticket.attendeeName)).toEqual(['Ada', 'Grace']);
    const mine = await t.call('GET', '/api/me/bookings', { as: people.attendee, headers: at(placed.body.position) });
    expect(mine.body.items.map((b: { bookingId: string }) => b.bookingId)).toContain(placed.body.bookingId);
  });

  it('prices seats and standing places of two sections from the catalog, then confirms on payment after a decline', async () => {
    const eventId = await seatedEvent();
    const seats = await hold(eventId, { quantity: 2, seatIds: ['stalls:A:1', 'stalls:B:1'] });
    const standing = await hold(eventId, { quantity: 1, sectionId: 'floor' });
    const placed = await checkout({
      eventId,
      holds: [{ holdId: seats.holdId, sectionId: 'stalls' }, { holdId: standing.holdId }],
    });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ status: 'pending-payment', total: { amount: 6000 + 3000 + 3000 } });
    expect(Date.parse(placed.body.paymentDeadline)).toBe(clock.now().getTime() + PAYMENT_WINDOW_MS);

    const declined = await pay(placed.body.bookingId, TEST_CARDS.declined);
    expect(declined.status).toBe(201);
    expect(declined.body).toMatchObject({
      status: 'declined',
      reason: 'card_declined',
      bookingStatus: 'pending-payment',
    });

    const paid = await pay(placed.body.bookingId);
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed', amount: { amount: 12000 } });
    expect(await availability(eventId, paid.body.position)).toMatchObject({ sold: 3, held: 0 });
    const map = await t.call('GET', `/api/events/${eventId}/seats`, { headers: at(paid.body.position) });
    expect(map.body.taken).toEqual(expect.arrayContaining(['stalls:A:1', 'stalls:B:1']));

    // Paying twice neither charges nor confirms again.
    expectProblem(await pay(placed.body.bookingId), 409);
    const read = await booking(placed.body.bookingId, paid.body.position);
    expect(read.body).toMatchObject({ status: 'confirmed', refunds: [] });
    expect(read.body.payments.map((p: { status: string }) => p.status)).toEqual(['declined', 'succeeded']);
    expect(read.body.payments[0]).toMatchObject({ declineReason: 'card_declined' }); // why, also after a reload
    const event = await t.call('GET', `/api/events/${eventId}`);
    expect(read.body).toMatchObject({ eventTitle: event.body.title, eventStartsAt: event.body.startsAt });
    const mine = await t.call('GET', '/api/me/bookings', { as: people.attendee, headers: at(paid.body.position) });
    expect(mine.body.items.find((b: { bookingId: string }) => b.bookingId === placed.body.bookingId)).toMatchObject({
      eventTitle: event.body.title,
    });
    // Sold seats are nobody else's.
    const again = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1, seatIds: ['stalls:A:1'] },
    });
    expectProblem(again, 409);
  });

  it('answers a retried checkout (same Idempotency-Key) with the first booking', async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: tiers });
    const { holdId } = await hold(eventId, { quantity: 1 });
    const body = { eventId, holds: [{ holdId, tierId: 'premium' }] };
    const first = await checkout(body, people.attendee, { 'idempotency-key': `checkout-${holdId}` });
    const second = await checkout(body, people.attendee, { 'idempotency-key': `checkout-${holdId}` });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.bookingId).toBe(first.body.bookingId);
    expect(first.body.total).toEqual({ amount: 6000, currency: 'EUR' });
  });

  it('charges once for two payments racing, and replays a retried one (same Idempotency-Key)', async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: tiers });
    const { holdId } = await hold(eventId, { quantity: 1 });
    const placed = await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] });
    const provider = t.app.get(TestModePaymentProvider, { strict: false });
    const charges = jest.spyOn(provider, 'confirmIntent');
    const [a, b] = await Promise.all([pay(placed.body.bookingId), pay(placed.body.bookingId)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(charges).toHaveBeenCalledTimes(1);

    const { holdId: other } = await hold(eventId, { quantity: 1 });
    const second = await checkout({ eventId, holds: [{ holdId: other, tierId: 'standard' }] });
    const keyed = () =>
      t.call('POST', `/api/bookings/${second.body.bookingId}/payments`, {
        as: people.attendee,
        body: { cardNumber: TEST_CARDS.succeeds },
        headers: { 'idempotency-key': `pay-${second.body.bookingId}` },
      });
    const first = await keyed();
    const retry = await keyed();
    expect(charges).toHaveBeenCalledTimes(2); // the race's one, and the keyed payment's one
    charges.mockRestore();
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const read = await booking(second.body.bookingId, retry.body.position);
    expect(read.body.payments).toHaveLength(1);
  });

  it('gives a checkout’s first hold back when its second is released meanwhile: all holds or none', async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: tiers });
    const first = await hold(eventId, { quantity: 1 });
    const second = await hold(eventId, { quantity: 1 });
    // The second hold goes between the checkout's reads and its decisions.
    const catalog = t.app.get(CatalogReader, { strict: false });
    const read = catalog.current.bind(catalog);
    jest.spyOn(catalog, 'current').mockImplementationOnce(async (id: string) => {
      const released = await t.call('DELETE', `/api/events/${eventId}/holds/${second.holdId}`, { as: people.attendee });
      expect(released.status).toBe(200);
      return read(id);
    });
    const holds = [first, second].map(({ holdId }) => ({ holdId, tierId: 'standard' }));
    expectProblem(await checkout({ eventId, holds }), 404);
    // The first hold is an ordinary hold of its holder again: a checkout of it alone goes through.
    const again = await checkout({ eventId, holds: [holds[0]] });
    expect(again.status).toBe(201);
    expect(again.body.tickets).toHaveLength(1);
  });

  it('checks out every hold of one partition under one Idempotency-Key, and sells them all', async () => {
    const { eventId } = await t.publishedEvent(6, people.organizer, { priceTiers: tiers });
    const first = await hold(eventId, { quantity: 1 });
    const second = await hold(eventId, { quantity: 2 });
    const holds = [first, second].map(({ holdId }) => ({ holdId, tierId: 'standard' }));
    const placed = await checkout({ eventId, holds }, people.attendee, { 'idempotency-key': 'two-holds-one-key' });
    expect(placed.status).toBe(201);
    expect(placed.body.tickets).toHaveLength(3);
    // Both are the booking's now: neither can be released, nor checked out again.
    const release = await t.call('DELETE', `/api/events/${eventId}/holds/${second.holdId}`, { as: people.attendee });
    expectProblem(release, 409);
    expectProblem(await checkout({ eventId, holds: [holds[1]] }), 409);
    const paid = await pay(placed.body.bookingId);
    expect(paid.body).toMatchObject({ bookingStatus: 'confirmed' });
    expect(await availability(eventId, paid.body.position)).toMatchObject({ sold: 3, held: 0, free: 3 });
  });

  it('refuses a buyer the booking would refuse before taking any hold: the holds stay ordinary', async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: tiers });
    const { holdId } = await hold(eventId, { quantity: 2 });
    const before = await head();
    const refused = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId, tierId: 'standard' }], buyer: { name: '   ', email: 'ada@example.com' } },
    });
    expectProblem(refused, 422);
    expect(refused.body.code).toBe('booking.bad-buyer');
    expect(await head()).toBe(before); // nothing appended
    const again = await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] });
    expect(again.status).toBe(201);
  });

  it('gives back a hold checked out to a booking that was never placed (a crash between the two), after a grace', async () => {
    const { eventId } = await t.publishedEvent(4, people.organizer, { priceTiers: tiers });
    const { holdId } = await hold(eventId, { quantity: 2 });
    const pipeline = t.app.get(CommandPipeline, { strict: false });
    const orphan = await pipeline.execute(
      inventoryModel,
      eventId,
      {
        type: 'CheckOutHold',
        data: {
          eventId,
          holdId,
          bookingId: '00000000-0000-4000-8000-00000000dead',
          expiresAt: new Date(clock.now().getTime() + PAYMENT_WINDOW_MS).toISOString(),
        },
      },
      { actor: { userId: people.attendee.userId, roles: ['attendee'] }, correlationId: 'crash' },
    );
    expect(orphan.events).toHaveLength(1);
    await expireEarlierBookings(); // past the deadline, not yet past the grace
    expect(await availability(eventId, String(await head()))).toMatchObject({ held: 2, free: 2 });
    clock.advance(ORPHAN_GRACE_MS);
    const sweeper = t.app.get(ExpireBookings, { strict: false });
    await t.call('GET', '/api/me/holds', { as: people.attendee, headers: at(String(await head())) });
    await sweeper.sweep();
    expect(await availability(eventId, String(await head()))).toMatchObject({ held: 0, free: 4 });
  });

  it("keeps a checkout's places counting towards the per-buyer limit past its hold's own expiry", async () => {
    const { eventId } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers, maxTicketsPerBuyer: 2 });
    const { holdId } = await hold(eventId, { quantity: 2, ttlSeconds: 60 });
    expect((await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] })).status).toBe(201);
    clock.advance(61_000); // the hold's own expiry has passed; its booking's deadline has not
    const more = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    expectProblem(more, 409);
    expect(more.body.code).toBe('inventory.buyer-limit');
  });

  describe('refuses, changing nothing', () => {
    let eventId: string;
    let otherEventId: string;
    let mine: string;
    beforeAll(async () => {
      ({ eventId } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers }));
      ({ eventId: otherEventId } = await t.publishedEvent(10, people.organizer, { priceTiers: tiers }));
      ({ holdId: mine } = await hold(eventId, { quantity: 1 }));
    });

    const refused = async (run: () => ReturnType<typeof checkout>, status: number, detail: RegExp) => {
      const before = await head();
      const response = await run();
      expectProblem(response, status);
      expect(response.body.detail).toMatch(detail);
      expect(await head()).toBe(before);
    };

    it("another person's hold", async () => {
      await refused(
        () => checkout({ eventId, holds: [{ holdId: mine, tierId: 'standard' }] }, people.otherAttendee),
        404,
        /No active hold/,
      );
    });

    it('a hold of another event', async () => {
      const { holdId } = await hold(otherEventId, { quantity: 1 });
      await refused(() => checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] }), 404, /No active hold/);
    });

    it('a released hold', async () => {
      const { holdId } = await hold(eventId, { quantity: 1 });
      expect((await t.call('DELETE', `/api/events/${eventId}/holds/${holdId}`, { as: people.attendee })).status).toBe(
        200,
      );
      await refused(() => checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] }), 404, /No active hold/);
    });

    it('an unknown or missing price tier, and a total from the client', async () => {
      await refused(() => checkout({ eventId, holds: [{ holdId: mine, tierId: 'vip' }] }), 422, /no price tier "vip"/);
      await refused(() => checkout({ eventId, holds: [{ holdId: mine }] }), 422, /Choose a price tier/);
      await refused(
        () =>
          checkout({ eventId, holds: [{ holdId: mine, tierId: 'standard' }], total: { amount: 1, currency: 'EUR' } }),
        400,
        /total/,
      );
    });

    it('a tier other than the seating plan says (tampered)', async () => {
      const seated = await seatedEvent();
      const { holdId } = await hold(seated, { quantity: 1, seatIds: ['stalls:A:2'] });
      await refused(
        () => checkout({ eventId: seated, holds: [{ holdId, tierId: 'standard' }] }),
        422,
        /sold at tier "premium"/,
      );
    });

    it('a hold named twice, no holds, bad ids', async () => {
      await refused(
        () =>
          checkout({
            eventId,
            holds: [
              { holdId: mine, tierId: 'standard' },
              { holdId: mine, tierId: 'standard' },
            ],
          }),
        422,
        /named once/,
      );
      await refused(() => checkout({ eventId, holds: [] }), 400, /holds/);
      await refused(() => checkout({ eventId: 'nope', holds: [{ holdId: mine }] }), 400, /eventId/);
    });

    it('a second checkout of one hold', async () => {
      const { holdId } = await hold(eventId, { quantity: 1 });
      expect((await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] })).status).toBe(201);
      await refused(() => checkout({ eventId, holds: [{ holdId, tierId: 'premium' }] }), 409, /already in a checkout/);
    });

    it("paying another person's booking, or an unknown one", async () => {
      const { holdId } = await hold(eventId, { quantity: 1 });
      const placed = await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] });
      await refused(() => pay(placed.body.bookingId, TEST_CARDS.succeeds, people.otherAttendee), 404, /No booking/);
      await refused(() => pay('0190c000-0000-7000-8000-000000000000'), 404, /No booking/);
      const stranger = await booking(placed.body.bookingId, placed.body.position, people.otherAttendee);
      expectProblem(stranger, 404);
      expect((await booking(placed.body.bookingId, placed.body.position, people.admin)).status).toBe(200);
    });

    it('an expired hold', async () => {
      const { holdId } = await hold(eventId, { quantity: 1, ttlSeconds: 60 });
      clock.advance(61_000);
      // The expiry sweep appends HoldExpired on its next tick: wait for it, so that the log the
      // refusal must leave unchanged is not moved by the sweep in the middle of the request.
      const store = t.app.get(PersonalDataEventStore, { strict: false });
      const expired = async () =>
        (await store.readStream(`inventory-${eventId}`)).some(
          (e) => e.type === 'HoldExpired' && (e.data as { holdId?: string }).holdId === holdId,
        );
      for (let waited = 0; !(await expired()); waited += 50) {
        if (waited > 10_000) throw new Error('the expiry sweep did not expire the hold');
        await new Promise((r) => setTimeout(r, 50));
      }
      await refused(() => checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] }), 404, /No active hold/);
    });
  });

  it('expires an unpaid booking at its deadline and puts its places back on sale', async () => {
    await expireEarlierBookings();
    const { eventId } = await t.publishedEvent(2, people.organizer, { priceTiers: tiers });
    const { holdId } = await hold(eventId, { quantity: 2 });
    const placed = await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] });
    expect(placed.status).toBe(201);
    await t.call('GET', '/api/me/holds', { as: people.attendee, headers: at(placed.body.position) });

    clock.advance(PAYMENT_WINDOW_MS - 1000);
    const sweeper = t.app.get(ExpireBookings, { strict: false });
    expect(await sweeper.sweep()).toBe(0); // not due yet: the places stay the buyer's
    expectProblem(
      await t.call('POST', `/api/events/${eventId}/holds`, { as: people.otherAttendee, body: { quantity: 1 } }),
      409,
    );

    clock.advance(1000);
    expect(await sweeper.sweep()).toBe(1);
    expect(await sweeper.sweep()).toBe(0);
    const position = String(await head());
    expect((await booking(placed.body.bookingId, position)).body).toMatchObject({
      status: 'expired',
      statusReason: 'Not paid by the payment deadline',
    });
    expect(await availability(eventId, position)).toMatchObject({ held: 0, sold: 0, free: 2 });
    expectProblem(await pay(placed.body.bookingId), 409);
    await hold(eventId, { quantity: 2 }, people.otherAttendee);
  });

  it('refunds a payment that succeeds after the booking expired, and sells its places to nobody twice', async () => {
    await expireEarlierBookings();
    const { eventId } = await t.publishedEvent(1, people.organizer, { priceTiers: tiers });
    const { holdId } = await hold(eventId, { quantity: 1 });
    const placed = await checkout({ eventId, holds: [{ holdId, tierId: 'standard' }] });
    await t.call('GET', '/api/me/holds', { as: people.attendee, headers: at(placed.body.position) });
    const provider = t.app.get(TestModePaymentProvider, { strict: false });
    const confirm = provider.confirmIntent.bind(provider);
    let secondBuyer = '';
    const spy = jest.spyOn(provider, 'confirmIntent').mockImplementationOnce(async (request) => {
      // The deadline passes while the provider works: the booking expires, someone else takes the place.
      clock.advance(PAYMENT_WINDOW_MS);
      expect(await t.app.get(ExpireBookings, { strict: false }).sweep()).toBe(1);
      secondBuyer = (await hold(eventId, { quantity: 1 }, people.otherAttendee)).holdId;
      return confirm(request);
    });
    const late = await pay(placed.body.bookingId);
    spy.mockRestore();
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ status: 'succeeded', bookingStatus: 'expired' });
    const read = await booking(placed.body.bookingId, late.body.position);
    expect(read.body).toMatchObject({
      status: 'expired',
      refunds: [{ paymentId: late.body.paymentId, amount: { amount: 3000, currency: 'EUR' } }],
    });
    expect(secondBuyer).not.toBe('');
    expect(await availability(eventId, late.body.position)).toMatchObject({ sold: 0, held: 1, free: 0 });
  });
  it("keeps the buyer's details and attendee names encrypted in the log, erasable with the buyer's key", async () => {
    const buyerPersona: Persona = { userId: '0190b000-0000-7000-8000-0000000000b1', roles: ['attendee'] };
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: free });
    const { holdId } = await hold(eventId, { quantity: 1 }, buyerPersona);
    const traces = { name: 'Ada Qz8kbooking', email: 'ada.qz8k@example.com', attendee: 'Grace Qz8kattendee' };
    const placed = await t.call('POST', '/api/bookings', {
      as: buyerPersona,
      body: {
        eventId,
        holds: [{ holdId, attendeeNames: [traces.attendee] }],
        buyer: { name: traces.name, email: traces.email },
      },
    });
    expect(placed.status).toBe(201);
    for (const file of readdirSync(t.config.dataDir).filter((name) => name.startsWith('events.db'))) {
      const bytes = readFileSync(join(t.config.dataDir, file));
      for (const trace of Object.values(traces)) expect(bytes.includes(trace)).toBe(false);
    }
    const store = t.app.get(PersonalDataEventStore, { strict: false });
    const [event] = await store.readStream(`booking-${placed.body.bookingId}`);
    expect(event.data).toMatchObject({
      buyerName: traces.name,
      buyerEmail: traces.email,
      attendeeNames: [traces.attendee],
    });
    await store.destroyKey(buyerPersona.userId);
    const [erased] = await store.readStream(`booking-${placed.body.bookingId}`);
    expect(erased.data).toMatchObject({ buyerName: ERASED, buyerEmail: ERASED, attendeeNames: ERASED });
  });
});
