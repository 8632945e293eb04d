import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { BUYER, FREE } from './testing/booking-fixtures';
import { mailsTo, waitForMails } from './testing/mail';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

type Ticket = { ticketId: string; code: string; attendeeName: string };

describe('ticket transfer and reissue', () => {
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
  /** A published free event and the attendee's confirmed booking of two places, with their codes. */
  const bookedEvent = async () => {
    const { eventId } = await t.publishedEvent(5, people.organizer, { priceTiers: FREE });
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, buyer: BUYER, holds: [{ holdId: hold.body.holdId, attendeeNames: ['Ada', ''] }] },
    });
    expect(placed.body).toMatchObject({ status: 'confirmed' });
    const bookingId = placed.body.bookingId as string;
    return { eventId, bookingId, tickets: await ticketsOf(bookingId, placed.body.position) };
  };
  const ticketsOf = async (bookingId: string, position: string): Promise<Ticket[]> => {
    const tickets = await t.call('GET', `/api/bookings/${bookingId}/tickets`, {
      as: people.attendee,
      headers: at(position),
    });
    expect(tickets.status).toBe(200);
    return tickets.body.tickets as Ticket[];
  };
  const transfer = (bookingId: string, ticketId: string, body: unknown, as: Persona = people.attendee) =>
    t.call('POST', `/api/bookings/${bookingId}/tickets/${ticketId}/transfer`, { as, body });
  const reissue = (bookingId: string, ticketId: string, as: Persona = people.attendee) =>
    t.call('POST', `/api/bookings/${bookingId}/tickets/${ticketId}/reissue`, { as, body: {} });
  const scan = (eventId: string, code: string) =>
    t.call('POST', `/api/events/${eventId}/check-ins`, {
      as: people.organizer,
      body: { code, nonce: randomUUID() },
    });
  const bookingEvents = async (bookingId: string) =>
    (await store.readStream(`booking-${bookingId}`)).map((e) => e.type);

  it('gives a ticket to another person: the old code is refused, the new one admits, the new holder is mailed', async () => {
    const { eventId, bookingId, tickets } = await bookedEvent();
    const email = `bob-${randomUUID().slice(0, 8)}@example.com`;
    const moved = await transfer(bookingId, tickets[0]!.ticketId, { name: 'Bob Builder', email });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      bookingId,
      ticketId: tickets[0]!.ticketId,
      reissue: 1,
      holderName: 'Bob Builder',
    });

    // The buyer's ticket page shows the new holder and serves the new code.
    const now = await ticketsOf(bookingId, moved.body.position);
    expect(now[0]).toMatchObject({ ticketId: tickets[0]!.ticketId, attendeeName: 'Bob Builder' });
    expect(now[0]!.code).not.toBe(tickets[0]!.code);
    expect(now[1]!.code).toBe(tickets[1]!.code);

    const booking = await t.call('GET', `/api/bookings/${bookingId}`, {
      as: people.attendee,
      headers: at(moved.body.position),
    });
    expect(booking.body.tickets[0]).toMatchObject({ attendeeName: 'Bob Builder', holderEmail: email, reissue: 1 });

    // Scanners sync the old code's revocation; the door refuses it online and admits the new one.
    const list = await t.call('GET', `/api/events/${eventId}/ticket-revocations`, {
      as: people.organizer,
      headers: at(moved.body.position),
    });
    expect(list.body.revocations).toEqual([
      { ticketId: tickets[0]!.ticketId, reissue: 0, reason: 'reissued', at: expect.any(String) },
    ]);
    const refused = await scan(eventId, tickets[0]!.code);
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'checkin.ticket-revoked' });
    const admitted = await scan(eventId, now[0]!.code);
    expect(admitted.status).toBe(201);
    expect(admitted.body).toMatchObject({ status: 'admitted', attendeeName: 'Bob Builder' });

    const [received] = await waitForMails(t, email, 'ticket-received');
    expect(received!.subject).toBe('A ticket for you: Integration Night');
    expect(received!.text).toContain('Ada Lovelace gave you a ticket');
    expect(received!.attachments?.map((a) => a.contentType)).toEqual(['application/pdf']);
    const [notice] = await waitForMails(t, BUYER.email, 'ticket-transferred');
    expect(notice!.text).toContain(`now belongs to Bob Builder <${email}>`);

    // Used at the door: no longer transferable.
    const used = await transfer(bookingId, tickets[0]!.ticketId, { name: 'Carol', email: 'carol@example.com' });
    expectProblem(used, 409);
    expect(used.body).toMatchObject({ code: 'booking.ticket-checked-in' });
  });

  it('reissues a lost ticket (buyer, organizer): each new code revokes the one before', async () => {
    const { eventId, bookingId, tickets } = await bookedEvent();
    const first = await reissue(bookingId, tickets[1]!.ticketId);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ reissue: 1 });
    const second = await reissue(bookingId, tickets[1]!.ticketId, people.organizer);
    expect(second.body).toMatchObject({ reissue: 2 });
    const current = await ticketsOf(bookingId, second.body.position);
    expect(current[1]).toMatchObject({ attendeeName: 'Ada Lovelace' });
    expectProblem(await scan(eventId, tickets[1]!.code), 409);
    expect((await scan(eventId, current[1]!.code)).body).toMatchObject({ status: 'admitted' });
    const mails = await waitForMails(t, BUYER.email, 'ticket-received', 1);
    expect(mails.some((m) => m.subject === 'Your new ticket: Integration Night')).toBe(true);
    expectProblem(await reissue(bookingId, tickets[1]!.ticketId, people.otherAttendee), 404);
  });

  it('refuses bad input with problem+json and appends nothing', async () => {
    const { bookingId, tickets } = await bookedEvent();
    const ticketId = tickets[0]!.ticketId;
    const before = await bookingEvents(bookingId);
    const mailsBefore = mailsTo(t, 'new@example.com', 'ticket-received').length;

    for (const body of [
      { name: 'Bob', email: 'not-an-address' },
      { name: 'Bob', email: '' },
      { name: '', email: 'bob@example.com' },
      { name: 'Bob' },
      { name: 'Bob', email: 'bob@example.com', extra: true },
    ]) {
      expectProblem(await transfer(bookingId, ticketId, body), 400);
    }
    const same = await transfer(bookingId, ticketId, { name: 'Ada', email: 'ADA@example.com' });
    expectProblem(same, 409);
    expect(same.body).toMatchObject({ code: 'booking.same-holder' });

    const stranger = await transfer(
      bookingId,
      ticketId,
      { name: 'Bob', email: 'new@example.com' },
      people.otherAttendee,
    );
    expectProblem(stranger, 404);
    const organizer = await transfer(bookingId, ticketId, { name: 'Bob', email: 'new@example.com' }, people.organizer);
    expectProblem(organizer, 403);
    expect(organizer.body).toMatchObject({ code: 'booking.transfer-forbidden' });
    expectProblem(await transfer(randomUUID(), ticketId, { name: 'Bob', email: 'new@example.com' }), 404);
    const unknown = await transfer(bookingId, randomUUID(), { name: 'Bob', email: 'new@example.com' });
    expectProblem(unknown, 404);
    expect(unknown.body).toMatchObject({ code: 'booking.ticket-not-found' });

    const cancelled = await t.call('POST', `/api/bookings/${bookingId}/cancellation`, {
      as: people.organizer,
      body: { ticketIds: [ticketId] },
    });
    expect(cancelled.status).toBe(200);
    const afterCancel = await bookingEvents(bookingId);
    const gone = await transfer(bookingId, ticketId, { name: 'Bob', email: 'new@example.com' });
    expectProblem(gone, 409);
    expect(gone.body).toMatchObject({ code: 'booking.ticket-cancelled' });
    expectProblem(await reissue(bookingId, ticketId), 409);

    expect(afterCancel.slice(0, before.length)).toEqual(before);
    expect(afterCancel.slice(before.length)).toEqual(['TicketsCancelled']);
    expect(await bookingEvents(bookingId)).toEqual(afterCancel);
    expect(mailsTo(t, 'new@example.com', 'ticket-received')).toHaveLength(mailsBefore);
  });
});
