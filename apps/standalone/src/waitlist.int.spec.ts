import { ManualClock } from '@booking/platform';
import { ExpireHolds } from '@booking/projector';
import { BUYER, FREE } from './testing/booking-fixtures';
import { bearer, signUp } from './testing/accounts';
import { waitForMails } from './testing/mail';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const MINUTE = 60_000;

/** Offers and clearings are made by the projector's policies, just after the write: read until `done`. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('waitlist over HTTP: join a sold-out event, get offered freed places, book them', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const head = async () =>
    String((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  const at = (position: string, extra: Record<string, string> = {}) => ({ 'x-min-position': position, ...extra });
  const soldOut = async (capacity: number, overrides: Record<string, unknown> = {}) => {
    const { eventId } = await t.publishedEvent(capacity, people.organizer, { priceTiers: FREE, ...overrides });
    const held = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: capacity },
    });
    expect(held.status).toBe(201);
    return { eventId, holdId: held.body.holdId as string };
  };
  const join = (eventId: string, quantity: number, init: { as?: Persona; headers?: Record<string, string> }) =>
    t.call('POST', `/api/events/${eventId}/waitlist`, { ...init, body: { quantity } });
  const leave = (eventId: string, entryId: string, as: Persona) =>
    t.call('DELETE', `/api/events/${eventId}/waitlist/${entryId}`, { as });

  it('refuses to put anyone on the waitlist of an event with places for them, and changes nothing', async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: FREE });
    const before = await head();
    const refused = await join(eventId, 2, { as: people.otherAttendee });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'inventory.places-available', free: 5, requested: 2 });
    expect(await head()).toBe(before);
  });

  it('validates the request: a quantity from 1 to the order limit, a known section', async () => {
    const { eventId } = await soldOut(2);
    for (const quantity of [0, -1, 1.5, 21, '2']) {
      const refused = await t.call('POST', `/api/events/${eventId}/waitlist`, {
        as: people.otherAttendee,
        body: { quantity },
      });
      expectProblem(refused, 400);
    }
    const section = await t.call('POST', `/api/events/${eventId}/waitlist`, {
      as: people.otherAttendee,
      body: { quantity: 1, sectionId: 'balcony' },
    });
    expectProblem(section, 422);
    expect(section.body.code).toBe('inventory.unknown-section');
    expectProblem(await t.call('POST', `/api/events/${eventId}/waitlist`, { body: { quantity: 1 } }), 401);
  });

  it('offers freed places in join order, mails the offer, and lets the person book them; an unused offer lapses', async () => {
    const ben = await signUp(t, 'ben.waiting@example.com');
    const cleo = await signUp(t, 'cleo.waiting@example.com');
    const { eventId, holdId } = await soldOut(3);

    const first = await join(eventId, 1, { headers: bearer(ben.accessToken) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ eventId, quantity: 1, place: 1 });
    const second = await join(eventId, 2, { headers: bearer(cleo.accessToken) });
    expect(second.body).toMatchObject({ quantity: 2, place: 2 });
    const again = await join(eventId, 1, { headers: bearer(ben.accessToken) });
    expectProblem(again, 409);
    expect(again.body).toMatchObject({ code: 'inventory.already-waiting', entryId: first.body.entryId });

    const mine = await t.call('GET', '/api/me/waitlist', {
      headers: bearer(cleo.accessToken, at(second.body.position)),
    });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ entryId: second.body.entryId, eventId, quantity: 2, status: 'waiting', place: 2 }),
    ]);
    const counted = await t.call('GET', `/api/events/${eventId}/availability`, { headers: at(second.body.position) });
    expect(counted.body).toMatchObject({ free: 0, waiting: 3 });

    // The holder lets go: the three places go to Ben (1) and Cleo (2), each as a hold of their own.
    expect((await t.call('DELETE', `/api/events/${eventId}/holds/${holdId}`, { as: people.attendee })).status).toBe(
      200,
    );
    const [benMail] = await waitForMails(t, 'ben.waiting@example.com', 'waitlist-offer');
    expect(benMail.subject).toBe('Integration Night: your places from the waitlist are waiting');
    expect(benMail.text).toContain('1 place is held for you until');
    await waitForMails(t, 'cleo.waiting@example.com', 'waitlist-offer');

    const now = await head();
    const benHolds = await t.call('GET', '/api/me/holds', { headers: bearer(ben.accessToken, at(now)) });
    expect(benHolds.body.items).toEqual([
      expect.objectContaining({ holdId: first.body.entryId, eventId, quantity: 1, waitlistOffer: true }),
    ]);
    // Nobody else gets the places meanwhile.
    const around = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1 },
    });
    expectProblem(around, 409);

    // Ben books his offer; Cleo lets hers run out.
    const booked = await t.call('POST', '/api/bookings', {
      headers: bearer(ben.accessToken),
      body: { buyer: BUYER, eventId, holds: [{ holdId: first.body.entryId }] },
    });
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('confirmed');
    clock.advance(31 * MINUTE);
    expect(await t.app.get(ExpireHolds, { strict: false }).sweep()).toBeGreaterThanOrEqual(1);

    const later = await head();
    const benList = await t.call('GET', '/api/me/waitlist', { headers: bearer(ben.accessToken, at(later)) });
    expect(benList.body.items[0]).toMatchObject({ entryId: first.body.entryId, status: 'booked' });
    const cleoList = await t.call('GET', '/api/me/waitlist', { headers: bearer(cleo.accessToken, at(later)) });
    expect(cleoList.body.items[0]).toMatchObject({ entryId: second.body.entryId, status: 'lapsed' });

    // The organizer sees who waited and what became of each; nobody else does.
    const list = await t.call('GET', `/api/events/${eventId}/waitlist`, { as: people.organizer, headers: at(later) });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ waiting: 0, waitingPlaces: 0, enabled: true });
    expect(list.body.items).toEqual([
      expect.objectContaining({
        entryId: first.body.entryId,
        status: 'booked',
        holderEmail: 'ben.waiting@example.com',
      }),
      expect.objectContaining({ entryId: second.body.entryId, status: 'lapsed', holderName: 'cleo.waiting' }),
    ]);
    expectProblem(await t.call('GET', `/api/events/${eventId}/waitlist`, { as: people.otherOrganizer }), 404);
    expectProblem(await t.call('GET', `/api/events/${eventId}/waitlist`, { as: people.attendee }), 403);
  });

  it('serves a smaller entry behind one the freed places cannot serve yet', async () => {
    const { eventId } = await t.publishedEvent(4, people.organizer, { priceTiers: FREE });
    const hold = (as: Persona) => t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity: 2 } });
    const [mine] = [await hold(people.attendee), await hold(people.organizer)];
    const big = await join(eventId, 3, { as: people.otherAttendee });
    const little = await join(eventId, 1, { as: people.admin });
    expect([big.status, little.status]).toEqual([201, 201]);
    // Two places come back: not enough for the first entry (3), enough for the second (1).
    await t.call('DELETE', `/api/events/${eventId}/holds/${mine.body.holdId}`, { as: people.attendee });
    const statuses = await eventually(
      async () =>
        (
          await t.call('GET', `/api/events/${eventId}/waitlist`, { as: people.organizer, headers: at(await head()) })
        ).body.items.map((e: { status: string }) => e.status) as string[],
      (now) => now.some((status) => status !== 'waiting'),
    );
    expect(statuses).toEqual(['waiting', 'offered']);
    // The place left over is still kept for the first entry: nobody else may hold it.
    expectProblem(await t.call('POST', `/api/events/${eventId}/holds`, { as: people.ops, body: { quantity: 1 } }), 409);
  });

  it('lets the holder leave, and the organizer remove an entry; nobody else sees or touches it', async () => {
    const { eventId } = await soldOut(1);
    const entry = await join(eventId, 1, { as: people.otherAttendee });
    const stranger = await leave(eventId, entry.body.entryId, people.otherOrganizer);
    expectProblem(stranger, 404);
    expect(stranger.body.code).toBe('inventory.waitlist-entry-not-found');
    expect((await leave(eventId, entry.body.entryId, people.otherAttendee)).status).toBe(200);
    expectProblem(await leave(eventId, entry.body.entryId, people.otherAttendee), 404);

    const next = await join(eventId, 1, { as: people.otherAttendee });
    expect(next.status).toBe(201);
    expect((await leave(eventId, next.body.entryId, people.organizer)).status).toBe(200);
    const mine = await t.call('GET', '/api/me/waitlist', { as: people.otherAttendee, headers: at(await head()) });
    const statuses = mine.body.items
      .filter((e: { eventId: string }) => e.eventId === eventId)
      .map((e: { status: string; reason?: string }) => [e.status, e.reason]);
    expect(statuses).toEqual([
      ['left', 'Removed by the organizer'],
      ['left', 'Left by the attendee'],
    ]);
  });

  it('closes the waitlist when the organizer turns it off: everyone waiting is cleared, nobody joins', async () => {
    const { eventId } = await soldOut(1);
    const entry = await join(eventId, 1, { as: people.otherAttendee });
    const off = await t.call('PATCH', `/api/events/${eventId}`, { as: people.organizer, body: { waitlist: false } });
    expect(off.status).toBe(200);
    const status = await eventually(
      async () =>
        (
          await t.call('GET', '/api/me/waitlist', { as: people.otherAttendee, headers: at(await head()) })
        ).body.items.find((e: { entryId: string }) => e.entryId === entry.body.entryId).status as string,
      (now) => now !== 'waiting',
    );
    expect(status).toBe('cleared');
    const refused = await join(eventId, 1, { as: people.admin });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('inventory.waitlist-off');
  });
});
