import { bookingNumber } from '@booking/tickets';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, bookingModel } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { BUYER, FREE } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const free = FREE;
const buyer = BUYER;
type Ticket = { ticketId: string; code: string; attendeeName: string };

describe('check-in at the door: scans, retries, double uses, offline uploads', () => {
  let t: TestApp;
  let store: EventStore;
  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(EVENT_STORE, { strict: false });
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (position: string) => ({ 'x-min-position': position });
  const nonce = () => randomUUID();
  /** A published free event and a confirmed booking of two places on it, with their codes. */
  const bookedEvent = async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: free });
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, buyer, holds: [{ holdId: hold.body.holdId, attendeeNames: ['Ada', ''] }] },
    });
    expect(placed.body).toMatchObject({ status: 'confirmed' });
    const bookingId = placed.body.bookingId as string;
    const tickets = await t.call('GET', `/api/bookings/${bookingId}/tickets`, {
      as: people.attendee,
      headers: at(placed.body.position),
    });
    expect(tickets.status).toBe(200);
    return { eventId, bookingId, tickets: tickets.body.tickets as Ticket[] };
  };
  const scan = (eventId: string, body: Record<string, unknown>, as: Persona = people.organizer) =>
    t.call('POST', `/api/events/${eventId}/check-ins`, { as, body });
  const checkinEvents = async (eventId: string) => (await store.readStream(`checkin-${eventId}`)).map((e) => e.type);

  it('admits a ticket once; a second scan says when and where it was first used; a retry is no second use', async () => {
    const { eventId, bookingId, tickets } = await bookedEvent();
    const first = { code: tickets[0]!.code, nonce: nonce(), gate: 'North' };
    const admitted = await scan(eventId, first);
    expect(admitted.status).toBe(201);
    expect(admitted.body).toMatchObject({
      status: 'admitted',
      ticketId: tickets[0]!.ticketId,
      bookingId,
      bookingNumber: bookingNumber(bookingId),
      attendeeName: 'Ada',
      seatLabel: 'General admission',
    });

    const retried = await scan(eventId, first);
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ status: 'admitted', ticketId: tickets[0]!.ticketId });
    expect(await checkinEvents(eventId)).toEqual(['TicketCheckedIn']);

    const again = await scan(eventId, { code: tickets[0]!.code, nonce: nonce(), gate: 'South' }, people.ops);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: 'already-used', firstUse: { gate: 'North' } });
    expect(Date.parse(again.body.firstUse.at)).not.toBeNaN();
    expect(await checkinEvents(eventId)).toEqual(['TicketCheckedIn', 'DoubleUseDetected']);

    // The second ticket was given no name: the buyer's stands for it. Admins may scan too.
    const second = await scan(eventId, { code: tickets[1]!.code, nonce: nonce() }, people.admin);
    expect(second.body).toMatchObject({ status: 'admitted', attendeeName: 'Ada Lovelace' });

    const summary = await t.call('GET', `/api/events/${eventId}/check-ins/summary`, {
      as: people.organizer,
      headers: at(second.body.position),
    });
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      eventId,
      issued: 2,
      valid: 2,
      revoked: 0,
      checkedIn: 2,
      byGate: [
        { gate: 'Main entrance', checkedIn: 1 },
        { gate: 'North', checkedIn: 1 },
      ],
      doubleUses: [
        { ticketId: tickets[0]!.ticketId, first: { gate: 'North' }, second: { gate: 'South' }, admitted: false },
      ],
    });

    const search = await t.call('GET', `/api/events/${eventId}/attendees?q=lovelace`, {
      as: people.ops,
      headers: at(second.body.position),
    });
    expect(search.status).toBe(200);
    expect(search.body.attendees).toHaveLength(2);
    const byNumber = await t.call('GET', `/api/events/${eventId}/attendees?q=${bookingNumber(bookingId).slice(0, 6)}`, {
      as: people.organizer,
    });
    expect(byNumber.body.attendees.map((a: { attendeeName: string }) => a.attendeeName)).toEqual([
      'Ada',
      'Ada Lovelace',
    ]);
    expect(byNumber.body.attendees[0]).toMatchObject({ status: 'valid', checkedIn: { gate: 'North' } });
  });

  it('checks in by ticket id from the search, once', async () => {
    const { eventId, tickets } = await bookedEvent();
    const manual = (n: string) =>
      t.call('POST', `/api/events/${eventId}/check-ins/manual`, {
        as: people.organizer,
        body: { ticketId: tickets[1]!.ticketId, nonce: n, gate: 'Box office' },
      });
    expect((await manual(nonce())).body).toMatchObject({ status: 'admitted', ticketId: tickets[1]!.ticketId });
    expect((await manual(nonce())).body).toMatchObject({ status: 'already-used', firstUse: { gate: 'Box office' } });
    expectProblem(
      await t.call('POST', `/api/events/${eventId}/check-ins/manual`, {
        as: people.organizer,
        body: { ticketId: randomUUID(), nonce: nonce() },
      }),
      404,
    );
  });

  it('refuses forged, garbled and other events’ codes (422), strangers (403/404), and appends nothing', async () => {
    const { eventId, tickets } = await bookedEvent();
    const { eventId: otherEventId } = await t.publishedEvent(5, people.organizer, { priceTiers: free });
    const code = tickets[0]!.code;
    const forged = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
    for (const bad of [forged, 'NOT-A-TICKET', code.slice(0, 60)]) {
      const refused = await scan(eventId, { code: bad, nonce: nonce() });
      expectProblem(refused, 422);
      expect(refused.body).toMatchObject({ code: 'checkin.invalid-code' });
    }
    const elsewhere = await scan(otherEventId, { code, nonce: nonce() });
    expectProblem(elsewhere, 422);
    expect(elsewhere.body).toMatchObject({ code: 'checkin.invalid-code' });
    expectProblem(await scan(eventId, { code, nonce: nonce() }, people.attendee), 403);
    expectProblem(await scan(eventId, { code, nonce: nonce() }, people.otherOrganizer), 404);
    expectProblem(await scan(eventId, { code, nonce: 'short' }), 400);
    for (const path of ['check-ins/summary', 'attendees', 'ticket-revocations']) {
      expectProblem(await t.call('GET', `/api/events/${eventId}/${path}`, { as: people.attendee }), 403);
      expectProblem(await t.call('GET', `/api/events/${eventId}/${path}`, { as: people.otherOrganizer }), 404);
    }
    expect(await checkinEvents(eventId)).toEqual([]);
    expect(await checkinEvents(otherEventId)).toEqual([]);
  });

  it('uploads offline scans in a batch: a ticket used at two offline scanners is a double use, reported and recorded', async () => {
    const { eventId, tickets } = await bookedEvent();
    const base = Date.now() - 10 * 60_000;
    const offline = (code: string, minutes: number, gate: string, scannerId: string, n = nonce()) => ({
      code,
      nonce: n,
      gate,
      scannerId,
      scannedAt: new Date(base + minutes * 60_000).toISOString(),
    });
    const fromB = [offline(tickets[0]!.code, 5, 'South', 'B'), offline('GARBAGE', 6, 'South', 'B')];
    const uploadB = await t.call('POST', `/api/events/${eventId}/check-ins/batch`, {
      as: people.ops,
      body: { scans: fromB },
    });
    expect(uploadB.status).toBe(200);
    expect(uploadB.body).toMatchObject({
      doubleUses: 0,
      scans: [
        { nonce: fromB[0]!.nonce, status: 'admitted', ticketId: tickets[0]!.ticketId },
        { nonce: fromB[1]!.nonce, status: 'invalid', code: 'checkin.invalid-code' },
      ],
    });
    // Scanner A scanned the same ticket earlier (device time) and uploads later, twice (a retry).
    const fromA = [offline(tickets[0]!.code, 2, 'North', 'A'), offline(tickets[1]!.code, 3, 'North', 'A')];
    for (let attempt = 0; attempt < 2; attempt++) {
      const uploadA = await t.call('POST', `/api/events/${eventId}/check-ins/batch`, {
        as: people.organizer,
        body: { scans: fromA },
      });
      expect(uploadA.status).toBe(200);
      expect(uploadA.body).toMatchObject({
        doubleUses: 1,
        scans: [
          { status: 'double-use', firstUse: { gate: 'North', scannerId: 'A', at: fromA[0]!.scannedAt } },
          { status: 'admitted' },
        ],
      });
    }
    expect(await checkinEvents(eventId)).toEqual(['TicketCheckedIn', 'DoubleUseDetected', 'TicketCheckedIn']);
    const summary = await t.call('GET', `/api/events/${eventId}/check-ins/summary`, {
      as: people.organizer,
      headers: at(String(uploadB.body.position)),
    });
    const latest = await t.call('GET', `/api/events/${eventId}/check-ins/summary`, {
      as: people.organizer,
      headers: at(String((await store.readStream(`checkin-${eventId}`)).at(-1)!.position)),
    });
    expect(summary.status).toBe(200);
    expect(latest.body).toMatchObject({
      checkedIn: 2,
      doubleUses: [
        { first: { gate: 'North', scannerId: 'A' }, second: { gate: 'South', scannerId: 'B' }, admitted: true },
      ],
    });
    expectProblem(
      await t.call('POST', `/api/events/${eventId}/check-ins/batch`, {
        as: people.otherOrganizer,
        body: { scans: fromA },
      }),
      404,
    );
  });

  it('lists a cancelled booking’s tickets as revoked for scanners and refuses them at the door (409)', async () => {
    const { eventId, bookingId, tickets } = await bookedEvent();
    const standing = await t.call('GET', `/api/events/${eventId}/ticket-revocations`, { as: people.ops });
    expect(standing.status).toBe(200);
    expect(standing.body).toEqual({ eventId, revocations: [] });
    // The cancellation slice brings the buyer's own cancellation; the platform's is decided the same way.
    const cancelled = await t.app
      .get(CommandPipeline)
      .execute(
        bookingModel,
        bookingId,
        { type: 'CancelBooking', data: { bookingId, reason: 'Test cancellation' } },
        { actor: { userId: 'system:test', roles: [] }, correlationId: 'checkin-test' },
      );
    const list = await t.call('GET', `/api/events/${eventId}/ticket-revocations`, {
      as: people.organizer,
      headers: at(String(cancelled.position)),
    });
    expect(list.body.revocations).toEqual(
      tickets.map((ticket) => ({ ticketId: ticket.ticketId, reissue: 0, reason: 'cancelled', at: expect.any(String) })),
    );
    const refused = await scan(eventId, { code: tickets[0]!.code, nonce: nonce() });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'checkin.ticket-revoked' });
    expect(await checkinEvents(eventId)).toEqual([]);
  });

  it('revokes a ticket cancelled alone: the booking stays confirmed, its other ticket still admits', async () => {
    const { eventId, bookingId, tickets } = await bookedEvent();
    const cancelled = await t.call('POST', `/api/bookings/${bookingId}/cancellation`, {
      as: people.organizer,
      body: { ticketIds: [tickets[0]!.ticketId], reason: 'Seat broken' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'confirmed', cancelledTicketIds: [tickets[0]!.ticketId] });
    const list = await t.call('GET', `/api/events/${eventId}/ticket-revocations`, {
      as: people.ops,
      headers: at(cancelled.body.position),
    });
    expect(list.body.revocations.map((r: { ticketId: string }) => r.ticketId)).toEqual([tickets[0]!.ticketId]);
    const refused = await scan(eventId, { code: tickets[0]!.code, nonce: nonce() });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'checkin.ticket-revoked' });
    const admitted = await scan(eventId, { code: tickets[1]!.code, nonce: nonce() });
    expect(admitted.status).toBe(201);
    expect(admitted.body).toMatchObject({ status: 'admitted' });
  });

  it('decides every scan of a keyed batch, and replays the whole answer for the same key', async () => {
    const { eventId, tickets } = await bookedEvent();
    const scans = tickets.map((ticket) => ({ code: ticket.code, nonce: nonce(), scannedAt: new Date().toISOString() }));
    const key = randomUUID();
    const upload = () =>
      t.call('POST', `/api/events/${eventId}/check-ins/batch`, {
        as: people.ops,
        body: { scans },
        headers: { 'idempotency-key': key },
      });
    const first = await upload();
    expect(first.status).toBe(200);
    expect(first.body.scans.map((scan: { status: string }) => scan.status)).toEqual(['admitted', 'admitted']);
    const again = await upload();
    expect(again.status).toBe(200);
    expect(again.body.scans).toEqual(first.body.scans);
    expect(await checkinEvents(eventId)).toEqual(['TicketCheckedIn', 'TicketCheckedIn']);
  });
});
