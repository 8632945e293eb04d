import { bookingNumber } from '@booking/tickets';
import { TEST_CARDS } from '@booking/command-api';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { seatedSection, seatingPlan, tier } from './testing/booking-fixtures';
import { mailboxOf, mailsTo, waitForMails } from './testing/mail';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const tiers = [tier('standard', 'Standard', 3000), tier('vip', 'VIP', 5000)];
const plan = seatingPlan(
  seatedSection('stalls', { rows: 2, seatsPerRow: 4 }),
  seatedSection('box', { rows: 1, seatsPerRow: 2, priceTierId: 'vip', y: 200 }),
);
const finance: Persona = { userId: '0190b000-0000-7000-8000-000000000007', roles: ['finance'] };
const analyst: Persona = { userId: '0190b000-0000-7000-8000-000000000008', roles: ['analyst'] };

describe('orders, the confirmation mail and booking management', () => {
  let t: TestApp;
  let eventId: string;
  let paid: { bookingId: string; position: string };
  let pending: { bookingId: string; position: string };
  beforeAll(async () => {
    t = await startTestApp();
    ({ eventId } = await t.createEvent(people.organizer, { priceTiers: tiers }));
    expect(
      (await t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan })).status,
    ).toBe(200);
    await t.publish(eventId);
    paid = await book(people.attendee, { name: 'Ada Lovelace', email: 'ada@example.com' }, [
      { seatIds: ['stalls:A:1'], names: ['Ada'] },
      { seatIds: ['box:A:1'], names: ['=HYPERLINK("http://evil")'] },
    ]);
    const pay = await t.call('POST', `/api/bookings/${paid.bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(pay.body).toMatchObject({ bookingStatus: 'confirmed' });
    paid.position = pay.body.position;
    pending = await book(people.otherAttendee, { name: 'Grace Hopper', email: 'grace@example.com' }, [
      { seatIds: ['stalls:B:1'], names: [] },
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  /** One hold per section (a hold's seats lie in one section), checked out together. */
  async function book(
    as: Persona,
    buyer: { name: string; email: string },
    places: { seatIds: string[]; names: string[] }[],
  ) {
    const holds = [];
    for (const { seatIds, names } of places) {
      const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
        as,
        body: { quantity: seatIds.length, seatIds },
      });
      expect(hold.status).toBe(201);
      holds.push({ holdId: hold.body.holdId as string, ...(names.length ? { attendeeNames: names } : {}) });
    }
    const placed = await t.call('POST', '/api/bookings', { as, body: { eventId, buyer, holds } });
    expect(placed.status).toBe(201);
    return { bookingId: placed.body.bookingId as string, position: placed.body.position as string };
  }
  const at = () => ({
    'x-min-position': String(BigInt(pending.position) > BigInt(paid.position) ? pending.position : paid.position),
  });
  const get = (path: string, as: Persona) => t.call('GET', path, { as, headers: at() });

  it('mails the buyer once on confirmation: the summary, a link to the booking and the tickets PDF', async () => {
    const [mail] = await waitForMails(t, 'ada@example.com', 'booking-confirmed');
    const number = bookingNumber(paid.bookingId);
    expect(mail.subject).toBe(`Your tickets: Integration Night (booking ${number})`);
    expect(mail.text).toContain('Section Stalls · Row A · Seat 1, Ada: Standard, €30.00');
    expect(mail.text).toContain(`${t.url}/bookings/${paid.bookingId}`);
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments!;
    expect(pdf).toMatchObject({ filename: `tickets-${number}.pdf`, contentType: 'application/pdf' });
    expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.content.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);
    // Nothing for the pending booking, and no second mail for the first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, 'grace@example.com', 'booking-confirmed')).toEqual([]);
    expect(mailsTo(t, 'ada@example.com', 'booking-confirmed')).toHaveLength(1);
  });

  it('lists the event’s orders for its organizer: newest first, by status, by search, paged', async () => {
    const all = await get(`/api/events/${eventId}/orders`, people.organizer);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(all.body.items.map((o: { bookingId: string }) => o.bookingId)).toEqual([pending.bookingId, paid.bookingId]);
    expect(all.body.items[1]).toMatchObject({
      bookingNumber: bookingNumber(paid.bookingId),
      status: 'confirmed',
      buyerName: 'Ada Lovelace',
      buyerEmail: 'ada@example.com',
      ticketCount: 2,
      total: { amount: 8000, currency: 'EUR' },
      confirmedAt: expect.any(String),
    });
    expect(
      all.body.items[1].tickets.map((x: { seatLabel: string; attendeeName: string }) => [x.seatLabel, x.attendeeName]),
    ).toEqual([
      ['Section Stalls · Row A · Seat 1', 'Ada'],
      ['Section Box · Row A · Seat 1', '=HYPERLINK("http://evil")'],
    ]);
    // An unnamed ticket is the buyer's.
    expect(all.body.items[0].tickets[0].attendeeName).toBe('Grace Hopper');

    const ids = async (query: string) =>
      (await get(`/api/events/${eventId}/orders?${query}`, people.organizer)).body.items.map(
        (o: { bookingId: string }) => o.bookingId,
      );
    expect(await ids('status=confirmed')).toEqual([paid.bookingId]);
    expect(await ids('status=pending-payment')).toEqual([pending.bookingId]);
    expect(await ids('status=cancelled')).toEqual([]);
    expect(await ids('q=GRACE')).toEqual([pending.bookingId]);
    expect(await ids('q=ada%40example')).toEqual([paid.bookingId]);
    // The booking number (UUIDv7 ids: its 8 digits are time, so bookings minutes apart may share it).
    const byNumber = await get(
      `/api/events/${eventId}/orders?q=${bookingNumber(paid.bookingId).toLowerCase()}`,
      people.organizer,
    );
    expect(byNumber.body.items.map((o: { bookingId: string }) => o.bookingId)).toContain(paid.bookingId);
    for (const order of byNumber.body.items) expect(order.bookingNumber).toBe(bookingNumber(paid.bookingId));
    expect(await ids('q=hyperlink')).toEqual([paid.bookingId]); // an attendee's name
    expect(await ids('q=.*')).toEqual([]); // the search is a plain substring, not a pattern
    expect(await ids('page=2')).toEqual([]);
    expectProblem(await get(`/api/events/${eventId}/orders?status=paid`, people.organizer), 400);
    expectProblem(await get(`/api/events/${eventId}/orders?page=0`, people.organizer), 400);
  });

  it('exports one CSV row per ticket, formula-safe, as an attachment', async () => {
    const response = await fetch(`${t.url}/api/events/${eventId}/orders.csv`, {
      headers: { authorization: `Bearer ${t.token(people.organizer)}`, ...at() },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-[0-9a-f]{8}\.csv"$/);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('booking number,status,buyer,email,attendee,seat,section,tier,price,booked at');
    expect(lines).toHaveLength(4);
    const number = bookingNumber(paid.bookingId);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${number},confirmed,Ada Lovelace,ada@example.com,Ada,Section Stalls · Row A · Seat 1,Stalls,Standard,30.00 EUR,\\d{4}-`,
      ),
    );
    // The formula is defused with a leading quote (and quoted for its own quotes).
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil"")",Section Box · Row A · Seat 1,Box,VIP,50.00 EUR,`);
    expect(lines[3]).toContain(',pending-payment,Grace Hopper,grace@example.com,Grace Hopper,');
    const confirmedOnly = await fetch(`${t.url}/api/events/${eventId}/orders.csv?status=confirmed`, {
      headers: { authorization: `Bearer ${t.token(people.organizer)}`, ...at() },
    });
    expect((await confirmedOnly.text()).split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('counts sales: tickets and revenue per tier of confirmed bookings, bookings per status', async () => {
    const sales = await get(`/api/events/${eventId}/sales`, people.organizer);
    expect(sales.status).toBe(200);
    expect(sales.body).toEqual({
      eventId,
      ticketsSold: 2,
      revenue: [{ amount: 8000, currency: 'EUR' }],
      tiers: [
        { tierId: 'standard', tierName: 'Standard', ticketsSold: 1, revenue: { amount: 3000, currency: 'EUR' } },
        { tierId: 'vip', tierName: 'VIP', ticketsSold: 1, revenue: { amount: 5000, currency: 'EUR' } },
      ],
      confirmed: 1,
      pending: 1,
      expired: 0,
      cancelled: 0,
    });
    for (const reader of [people.admin, finance, analyst])
      expect((await get(`/api/events/${eventId}/sales`, reader)).status).toBe(200);
  });

  it('answers another organizer 404 as for an unknown event, and attendees 403', async () => {
    for (const path of ['orders', 'orders.csv', 'sales']) {
      const stranger = await get(`/api/events/${eventId}/${path}`, people.otherOrganizer);
      expectProblem(stranger, 404);
      expect((await get(`/api/events/${eventId}/${path}`, people.admin)).status).toBe(200);
      expectProblem(await get(`/api/events/${eventId}/${path}`, people.attendee), 403);
    }
    expectProblem(await get(`/api/events/${eventId}/orders`, finance), 403);
  });

  it('shows admins any booking, filtered by event, status and search', async () => {
    const all = await get(`/api/admin/bookings?eventId=${eventId}`, people.admin);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items[0]).toMatchObject({ bookingId: pending.bookingId, eventTitle: 'Integration Night' });
    const found = await get(`/api/admin/bookings?q=lovelace&status=confirmed`, people.admin);
    expect(found.body.items.map((o: { bookingId: string }) => o.bookingId)).toEqual([paid.bookingId]);
    expectProblem(await get('/api/admin/bookings', people.organizer), 403);
    expect((await get(`/api/bookings/${pending.bookingId}`, people.admin)).body).toMatchObject({
      bookingId: pending.bookingId,
      buyerName: 'Grace Hopper',
    });
  });

  it('resends the tickets for the buyer, the organizer and admins, at most once a minute', async () => {
    const first = await t.call('POST', `/api/bookings/${paid.bookingId}/tickets/resend`, { as: people.organizer });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ bookingId: paid.bookingId, queued: true, nextResendAt: expect.any(String) });
    const mails = await waitForMails(t, 'ada@example.com', 'booking-confirmed', 2);
    expect(mails[1].subject).toMatch(/^Your tickets again: /);
    expect(mails[1].attachments?.[0]?.contentType).toBe('application/pdf');

    const again = await t.call('POST', `/api/bookings/${paid.bookingId}/tickets/resend`, { as: people.attendee });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ queued: false, nextResendAt: first.body.nextResendAt });
    expect(
      (await t.call('POST', `/api/bookings/${paid.bookingId}/tickets/resend`, { as: people.admin })).body,
    ).toMatchObject({
      queued: false,
    });
    expectProblem(
      await t.call('POST', `/api/bookings/${paid.bookingId}/tickets/resend`, { as: people.otherOrganizer }),
      404,
    );
    expectProblem(
      await t.call('POST', `/api/bookings/${paid.bookingId}/tickets/resend`, { as: people.otherAttendee }),
      404,
    );
    const notConfirmed = await t.call('POST', `/api/bookings/${pending.bookingId}/tickets/resend`, {
      as: people.otherAttendee,
    });
    expectProblem(notConfirmed, 409);
    expect(notConfirmed.body.code).toBe('booking.not-confirmed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, 'ada@example.com', 'booking-confirmed')).toHaveLength(2);
    expect(mailboxOf(t).list({ to: 'grace@example.com' })).toEqual([]);
  });

  it("splits the attendee's bookings into upcoming, past and cancelled", async () => {
    const when = async (tab: string, as = people.attendee) =>
      (await get(`/api/me/bookings?when=${tab}`, as)).body.items.map((b: { bookingId: string }) => b.bookingId);
    expect(await when('upcoming')).toEqual([paid.bookingId]);
    expect(await when('past')).toEqual([]);
    expect(await when('cancelled')).toEqual([]);
    expect(await when('upcoming', people.otherAttendee)).toEqual([pending.bookingId]);
    expectProblem(await get('/api/me/bookings?when=tomorrow', people.attendee), 400);
  });

  it('rebuilds the orders read model from the log to the same documents', async () => {
    const readStore = t.app.get<ReadStore>(READ_STORE, { strict: false });
    const health = async () =>
      (await t.call('GET', '/health/details', { as: people.ops, headers: at() })).body.checks.projections.projections;
    const before = (await health())['event-orders'];
    const live = await readStore.collection(before.collection).find({}, { sort: { _id: 1 } });
    expect(live).toHaveLength(2);
    const started = await t.call('POST', '/api/ops/projections/event-orders/rebuild', { as: people.ops });
    expect(started.status).toBe(202);
    const location = started.headers.get('location')!;
    let status = await t.call('GET', location, { as: people.ops });
    while (status.body.state === 'running') status = await t.call('GET', location, { as: people.ops });
    expect(status.body.state).toBe('done');
    const after = (await health())['event-orders'];
    expect(after.collection).not.toBe(before.collection);
    expect(await readStore.collection(after.collection).find({}, { sort: { _id: 1 } })).toEqual(live);
  });
});
