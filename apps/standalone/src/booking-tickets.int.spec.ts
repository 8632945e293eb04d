import { TEST_CARDS } from '@booking/command-api';
import {
  TicketCodes,
  TicketKeyRing,
  admitTicketCode,
  emptyRevocationList,
  revoke,
  verifyTicketCode,
} from '@booking/tickets';
import { webcrypto } from 'node:crypto';
import { BUYER, seatedSection, seatingPlan, tier } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const tiers = [tier('standard', 'Standard', 3000)];
const plan = seatingPlan(seatedSection('stalls', { rows: 2, seatsPerRow: 4 }));
const buyer = BUYER;

type Ticket = { ticketId: string; code: string; qrSvg: string; seatLabel: string; attendeeName: string; row?: string };

describe('tickets of a confirmed booking: codes, keys, PDF, calendar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (position: string) => ({ 'x-min-position': position });
  /** A binary answer: the test app's `call` reads text. */
  const download = async (path: string, as: Persona, position: string) => {
    const response = await fetch(t.url + path, {
      headers: { authorization: `Bearer ${t.token(as)}`, ...at(position) },
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const placeBooking = async (pay: boolean) => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    expect(
      (await t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan })).status,
    ).toBe(200);
    await t.publish(eventId);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 2, seatIds: ['stalls:A:1', 'stalls:B:1'] },
    });
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, buyer, holds: [{ holdId: hold.body.holdId, attendeeNames: ['Ada', 'Grace'] }] },
    });
    expect(placed.status).toBe(201);
    if (!pay) return { eventId, bookingId: placed.body.bookingId as string, position: placed.body.position as string };
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body).toMatchObject({ bookingStatus: 'confirmed' });
    return { eventId, bookingId: placed.body.bookingId as string, position: paid.body.position as string };
  };

  it('issues signed codes the event keys accept, another event refuses, with a QR, a PDF page each and a calendar file', async () => {
    const { eventId, bookingId, position } = await placeBooking(true);
    const { eventId: otherEventId } = await t.createEvent(people.organizer);

    const tickets = await t.call('GET', `/api/bookings/${bookingId}/tickets`, {
      as: people.attendee,
      headers: at(position),
    });
    expect(tickets.status).toBe(200);
    expect(tickets.body).toMatchObject({ bookingId, eventId });
    const issued = tickets.body.tickets as Ticket[];
    expect(issued.map((ticket) => [ticket.seatLabel, ticket.attendeeName])).toEqual([
      ['Section Stalls · Row A · Seat 1', 'Ada'],
      ['Section Stalls · Row B · Seat 1', 'Grace'],
    ]);
    for (const ticket of issued) expect(ticket.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const keys = await t.call('GET', `/api/events/${eventId}/ticket-keys`, {
      as: people.organizer,
      headers: at(position),
    });
    expect(keys.status).toBe(200);
    const ring = new TicketKeyRing(keys.body.keys, webcrypto.subtle);
    const revocations = emptyRevocationList(eventId);
    for (const ticket of issued) {
      expect(await verifyTicketCode(ticket.code, eventId, ring)).toMatchObject({
        ok: true,
        ticket: { eventId, ticketId: ticket.ticketId, reissue: 0 },
      });
      expect(await admitTicketCode(ticket.code, ring, revocations)).toMatchObject({ status: 'valid' });
    }
    const reissued = revoke(revocations, [
      { ticketId: issued[0]!.ticketId, reissue: 0, reason: 'reissued', at: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(await admitTicketCode(issued[0]!.code, ring, reissued)).toMatchObject({ status: 'revoked' });
    const otherKeys = await t.call('GET', `/api/events/${otherEventId}/ticket-keys`, { as: people.admin });
    expect(otherKeys.status).toBe(200);
    const otherRing = new TicketKeyRing(otherKeys.body.keys, webcrypto.subtle);
    expect(await verifyTicketCode(issued[0]!.code, otherEventId, otherRing)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(await admitTicketCode(issued[0]!.code, otherRing, emptyRevocationList(otherEventId))).toMatchObject({
      status: 'invalid',
    });
    // The platform's own check agrees, and ops may read the keys too.
    expect(await t.app.get(TicketCodes).verify(issued[0]!.code, eventId)).toMatchObject({ ok: true });
    expect((await t.call('GET', `/api/events/${eventId}/ticket-keys`, { as: people.ops })).status).toBe(200);

    const pdf = await download(`/api/bookings/${bookingId}/tickets.pdf`, people.attendee, position);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="tickets-[0-9A-F]{8}\.pdf"$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);

    const ics = await t.call('GET', `/api/bookings/${bookingId}/calendar.ics`, {
      as: people.attendee,
      headers: at(position),
    });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const lines = ics.text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('END:VCALENDAR');
    expect(lines.find((line) => line.startsWith('UID:'))).toContain(bookingId);
    expect(lines.some((line) => /^DTSTART:\d{8}T\d{6}Z$/.test(line))).toBe(true);

    // Admins read them too; anyone else sees no such booking.
    expect((await t.call('GET', `/api/bookings/${bookingId}/tickets`, { as: people.admin })).status).toBe(200);
    for (const path of ['tickets', 'tickets.pdf', 'calendar.ics']) {
      expectProblem(await t.call('GET', `/api/bookings/${bookingId}/${path}`, { as: people.otherAttendee }), 404);
      expectProblem(await t.call('GET', `/api/bookings/${bookingId}/${path}`, { as: people.organizer }), 404);
    }
  });

  it('refuses the tickets of a pending booking (409 booking.not-confirmed)', async () => {
    const { bookingId, position } = await placeBooking(false);
    for (const path of ['tickets', 'tickets.pdf', 'calendar.ics']) {
      const response = await t.call('GET', `/api/bookings/${bookingId}/${path}`, {
        as: people.attendee,
        headers: at(position),
      });
      expectProblem(response, 409);
      expect(response.body.code).toBe('booking.not-confirmed');
    }
  });

  it("gives the event's keys to its organizer, admins and ops only", async () => {
    const { eventId } = await t.createEvent(people.organizer);
    expectProblem(await t.call('GET', `/api/events/${eventId}/ticket-keys`, { as: people.attendee }), 403);
    expectProblem(await t.call('GET', `/api/events/${eventId}/ticket-keys`, { as: people.otherOrganizer }), 404);
    expectProblem(await t.call('GET', `/api/events/${eventId}/ticket-keys`), 401);
  });
});
