import { ManualClock } from '@booking/platform';
import { signUp } from './testing/accounts';
import { BUYER, FREE, tier } from './testing/booking-fixtures';
import { mailsTo, waitForMails } from './testing/mail';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

type Answer = Parameters<typeof expectProblem>[0];
/** A problem+json refusal with this status and this stable code (its `code`). */
const refused = (response: Answer, status: number, code?: string) => {
  expectProblem(response, status);
  if (code) expect(response.body).toMatchObject({ code });
};

const tiers = [tier('standard', 'Standard', 4500)];
const groupPrices = [
  { minTickets: 10, percentOff: 15 },
  { minTickets: 4, percentOff: 10 },
];

describe('group booking: group prices, requests above the per-order limit, tickets per member', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (position: string) => ({ 'x-min-position': position });
  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  const hold = (eventId: string, quantity: number, as: Persona = people.attendee, extra: object = {}) =>
    t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity, ...extra } });
  const requestGroup = (eventId: string, quantity: number, as: Persona = people.attendee) =>
    t.call('POST', `/api/events/${eventId}/group-requests`, { as, body: { quantity, message: 'Our choir' } });
  const approve = (requestId: string, as: Persona = people.organizer, body: object = {}) =>
    t.call('POST', `/api/group-requests/${requestId}/approve`, { as, body });
  const decline = (requestId: string, as: Persona = people.organizer, reason = 'No room for a group that large') =>
    t.call('POST', `/api/group-requests/${requestId}/decline`, { as, body: { reason } });

  describe('group prices', () => {
    it('takes the best rule the booking reaches off each ticket, then a promo code off what is left', async () => {
      const { eventId } = await t.publishedEvent(50, people.organizer, { priceTiers: tiers, groupPrices });
      const shown = await t.call('GET', `/api/events/${eventId}`, { as: people.attendee });
      expect(shown.body.groupPrices).toEqual([
        { minTickets: 4, percentOff: 10 },
        { minTickets: 10, percentOff: 15 },
      ]);
      expect(
        (await t.call('POST', '/api/promo-codes', { as: people.organizer, body: { code: 'GROUPS-5', percentOff: 5 } }))
          .status,
      ).toBe(201);

      const small = await hold(eventId, 3);
      const quoteSmall = await t.call('POST', '/api/booking-quotes', {
        as: people.attendee,
        body: { eventId, holds: [{ holdId: small.body.holdId }] },
      });
      expect(quoteSmall.body).toMatchObject({ subtotal: { amount: 13500 }, total: { amount: 13500 } });
      expect(quoteSmall.body.group).toBeUndefined();

      const four = await hold(eventId, 4);
      const body = { eventId, holds: [{ holdId: four.body.holdId }] };
      const quoted = await t.call('POST', '/api/booking-quotes', { as: people.attendee, body });
      expect(quoted.status).toBe(200);
      expect(quoted.body).toMatchObject({
        subtotal: { amount: 18000, currency: 'EUR' },
        group: { minTickets: 4, percentOff: 10, discount: { amount: 1800, currency: 'EUR' } },
        total: { amount: 16200 },
      });
      expect(quoted.body.tickets[0]).toMatchObject({
        listPrice: { amount: 4500 },
        groupDiscount: { amount: 450 },
        price: { amount: 4050 },
      });

      // Group first, then promo: 5 % of 4050 is 202.5, rounded half up to 203 per ticket.
      const withCode = await t.call('POST', '/api/booking-quotes', {
        as: people.attendee,
        body: { ...body, promoCode: 'groups-5' },
      });
      expect(withCode.body).toMatchObject({
        group: { discount: { amount: 1800 } },
        promo: { code: 'GROUPS-5', discount: { amount: 812 } },
        total: { amount: 15388 },
      });

      const placed = await t.call('POST', '/api/bookings', {
        as: people.attendee,
        body: { ...body, buyer: BUYER, promoCode: 'GROUPS-5' },
      });
      expect(placed.status).toBe(201);
      expect(placed.body).toMatchObject({
        total: { amount: 15388 },
        group: { minTickets: 4, percentOff: 10, discount: { amount: 1800 } },
        promo: { discount: { amount: 812 } },
      });
      const read = await t.call('GET', `/api/bookings/${placed.body.bookingId}`, {
        as: people.attendee,
        headers: at(placed.body.position),
      });
      expect(read.body).toMatchObject({ total: { amount: 15388 }, group: { percentOff: 10 } });
      expect(read.body.tickets.map((x: { groupDiscount?: { amount: number } }) => x.groupDiscount?.amount)).toEqual([
        450, 450, 450, 450,
      ]);
    });

    it('refuses bad rules with a clear reason and appends nothing', async () => {
      const { eventId } = await t.createEvent();
      const before = await head();
      const edit = (rules: unknown) =>
        t.call('PATCH', `/api/events/${eventId}`, { as: people.organizer, body: { groupPrices: rules } });
      refused(
        await edit([
          { minTickets: 5, percentOff: 10 },
          { minTickets: 5, percentOff: 20 },
        ]),
        422,
        'catalog.invalid-field',
      );
      refused(await edit([{ minTickets: 1, percentOff: 10 }]), 400);
      refused(await edit([{ minTickets: 5, percentOff: 101 }]), 400);
      refused(await edit(Array.from({ length: 6 }, (_, i) => ({ minTickets: i + 2, percentOff: 5 }))), 400);
      expect(await head()).toBe(before);
      const ok = await edit([{ minTickets: 6, percentOff: 20 }]);
      expect(ok.status).toBe(200);
    });
  });

  describe('group requests', () => {
    it('request → approve → one hold above the per-order limit, once', async () => {
      const { eventId } = await t.publishedEvent(60, people.organizer, { priceTiers: tiers, maxTicketsPerOrder: 4 });
      refused(await hold(eventId, 5), 422, 'inventory.order-limit');
      refused(await hold(eventId, 30), 422, 'inventory.bad-quantity');

      const asked = await requestGroup(eventId, 30);
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ eventId, quantity: 30, status: 'pending' });
      const { requestId } = asked.body;

      const listed = await t.call('GET', `/api/events/${eventId}/group-requests`, {
        as: people.organizer,
        headers: at(asked.body.position),
      });
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ requestId, quantity: 30, maxPerOrder: 4, message: 'Our choir', status: 'pending' }),
      ]);
      refused(await t.call('GET', `/api/events/${eventId}/group-requests`, { as: people.otherOrganizer }), 404);
      refused(await t.call('GET', `/api/events/${eventId}/group-requests`, { as: people.attendee }), 403);

      // Not yet approved: the grant cannot be spent.
      refused(
        await hold(eventId, 30, people.attendee, { groupRequestId: requestId }),
        409,
        'group-request.not-approved',
      );

      const before = await head();
      refused(await approve(requestId, people.otherOrganizer), 404, 'group-request.not-found');
      refused(await approve(requestId, people.attendee), 403);
      expect(await head()).toBe(before);

      const approved = await approve(requestId, people.organizer, { reason: 'Welcome', validHours: 48 });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ requestId, status: 'approved', validUntil: expect.any(String) });

      const afterApproval = await head();
      refused(await approve(requestId), 409, 'group-request.decided');
      refused(await decline(requestId), 409, 'group-request.decided');
      expect(await head()).toBe(afterApproval);

      const mine = await t.call('GET', '/api/me/group-requests', {
        as: people.attendee,
        headers: at(approved.body.position),
      });
      expect(mine.body.items).toEqual([expect.objectContaining({ requestId, status: 'approved', reason: 'Welcome' })]);
      expect((await t.call('GET', '/api/me/group-requests', { as: people.otherAttendee })).body.items).toEqual([]);

      // Someone else cannot spend it; nor can it buy more than approved.
      refused(
        await hold(eventId, 30, people.otherAttendee, { groupRequestId: requestId }),
        404,
        'group-request.not-found',
      );
      refused(await hold(eventId, 31, people.attendee, { groupRequestId: requestId }), 422, 'group-request.too-many');

      const held = await hold(eventId, 30, people.attendee, { groupRequestId: requestId });
      expect(held.status).toBe(201);
      expect(held.body).toMatchObject({ quantity: 30 });
      refused(await hold(eventId, 30, people.attendee, { groupRequestId: requestId }), 409, 'group-request.used');

      const spent = await t.call('GET', '/api/me/group-requests', {
        as: people.attendee,
        headers: at(held.body.position),
      });
      expect(spent.body.items[0]).toMatchObject({ status: 'used', holdId: held.body.holdId });

      // The group's hold checks out as one booking.
      const placed = await t.call('POST', '/api/bookings', {
        as: people.attendee,
        body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
      });
      expect(placed.status).toBe(201);
      expect(placed.body.tickets).toHaveLength(30);
    });

    it('refuses requests within the limit, above the maximum or above the places left, appending nothing', async () => {
      const { eventId } = await t.publishedEvent(40, people.organizer, { priceTiers: tiers, maxTicketsPerOrder: 4 });
      const { eventId: draftId } = await t.createEvent();
      const before = await head();
      refused(await requestGroup(eventId, 3), 422, 'group-request.within-limit');
      refused(await requestGroup(eventId, 101), 400);
      refused(await requestGroup(eventId, 41), 409, 'group-request.not-enough-places');
      refused(await requestGroup(draftId, 10), 404, 'group-request.not-on-sale');
      refused(await t.call('POST', `/api/events/${eventId}/group-requests`, { body: { quantity: 10 } }), 401);
      expect(await head()).toBe(before);
    });

    it('a group larger than the places left is refused at the hold, and the approval can be spent again', async () => {
      const { eventId } = await t.publishedEvent(25, people.organizer, { priceTiers: tiers, maxTicketsPerOrder: 4 });
      const { requestId } = (await requestGroup(eventId, 25)).body;
      expect((await approve(requestId)).status).toBe(200);
      expect((await hold(eventId, 4, people.otherAttendee)).status).toBe(201);

      refused(
        await hold(eventId, 25, people.attendee, { groupRequestId: requestId }),
        409,
        'inventory.insufficient-seats',
      );
      const held = await hold(eventId, 21, people.attendee, { groupRequestId: requestId });
      expect(held.status).toBe(201);
      expect(held.body.quantity).toBe(21);
    });

    it('a declined request leaves the normal limit; an admin may answer too', async () => {
      const { eventId } = await t.publishedEvent(40, people.organizer, { priceTiers: tiers, maxTicketsPerOrder: 4 });
      const first = (await requestGroup(eventId, 10)).body.requestId;
      refused(await decline(first, people.organizer, ''), 400);
      const declined = await decline(first);
      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({ status: 'declined' });
      refused(await hold(eventId, 10, people.attendee, { groupRequestId: first }), 409, 'group-request.declined');
      refused(await hold(eventId, 10), 422, 'inventory.order-limit');

      const second = (await requestGroup(eventId, 8)).body.requestId;
      const byAdmin = await approve(second, people.admin);
      expect(byAdmin.body).toMatchObject({ status: 'approved' });
      const mine = await t.call('GET', `/api/me/group-requests?eventId=${eventId}`, {
        as: people.attendee,
        headers: at(byAdmin.body.position),
      });
      expect(mine.body.items.map((r: { status: string }) => r.status)).toEqual(['approved', 'declined']);
    });
  });

  describe('an approval that ran out', () => {
    it('is not spent once validUntil has passed: the normal limit applies again', async () => {
      const { eventId } = await t.publishedEvent(40, people.organizer, { priceTiers: tiers, maxTicketsPerOrder: 4 });
      const { requestId } = (await requestGroup(eventId, 12)).body;
      const approved = await approve(requestId, people.organizer, { validHours: 1 });
      expect(approved.body.validUntil).toBe(new Date(clock.now().getTime() + 3_600_000).toISOString());
      clock.advance(3_600_000);
      const before = await head();
      refused(await hold(eventId, 12, people.attendee, { groupRequestId: requestId }), 409, 'group-request.expired');
      expect(await head()).toBe(before);
      const mine = await t.call('GET', `/api/me/group-requests?eventId=${eventId}`, {
        as: people.attendee,
        headers: at(approved.body.position),
      });
      expect(mine.body.items[0]).toMatchObject({ requestId, status: 'expired' });
      expect((await hold(eventId, 4)).status).toBe(201);
    });
  });

  describe('mails', () => {
    it('tells the organizer of a request and the requester of the answer', async () => {
      const olga = await signUp(t, 'olga.groups@example.com');
      const ada = await signUp(t, 'ada.groups@example.com');
      const organizer: Persona = { userId: olga.user.id, roles: ['organizer'] };
      const attendee: Persona = { userId: ada.user.id, roles: ['attendee'] };
      const { eventId } = await t.publishedEvent(60, organizer, { priceTiers: tiers, maxTicketsPerOrder: 4 });
      const asked = await requestGroup(eventId, 30, attendee);
      expect(asked.status).toBe(201);
      const [received] = await waitForMails(t, 'olga.groups@example.com', 'group-request-received');
      expect(received.subject).toBe('Group request: 30 places for Integration Night');
      expect(received.text).toContain('ada.groups asks to book 30 places together');
      expect(received.text).toContain('Our choir');

      expect((await approve(asked.body.requestId, organizer, { reason: 'See you there' })).status).toBe(200);
      const [decided] = await waitForMails(t, 'ada.groups@example.com', 'group-request-decided');
      expect(decided.subject).toBe('Approved: your group request for Integration Night');
      expect(decided.text).toContain('See you there');

      const second = await requestGroup(eventId, 12, attendee);
      expect((await decline(second.body.requestId, organizer, 'Sold as a block already')).status).toBe(200);
      const mails = await waitForMails(t, 'ada.groups@example.com', 'group-request-decided', 2);
      expect(mails[1].subject).toBe('Declined: your group request for Integration Night');
      expect(mailsTo(t, 'olga.groups@example.com', 'group-request-received')).toHaveLength(2);
    });

    it('sends each member with an e-mail their own ticket; the buyer gets all of them', async () => {
      const { eventId } = await t.publishedEvent(20, people.organizer, { priceTiers: FREE });
      const { holdId } = (await hold(eventId, 3)).body;
      refused(
        await t.call('POST', '/api/bookings', {
          as: people.attendee,
          body: { eventId, holds: [{ holdId, attendeeEmails: ['not an address'] }], buyer: BUYER },
        }),
        400,
      );
      const placed = await t.call('POST', '/api/bookings', {
        as: people.attendee,
        body: {
          eventId,
          holds: [
            {
              holdId,
              attendeeNames: ['Grace', 'Alan', 'Ada'],
              attendeeEmails: ['grace.member@example.com', 'alan.member@example.com', ''],
            },
          ],
          buyer: BUYER,
        },
      });
      expect(placed.status).toBe(201);
      expect(placed.body.status).toBe('confirmed');
      const [grace] = await waitForMails(t, 'grace.member@example.com', 'member-tickets');
      expect(grace.subject).toMatch(/^Your ticket for Integration Night \(booking [0-9A-F]{8}\)$/);
      expect(grace.text).toContain('Hi Grace,');
      expect(grace.text).toContain('Ada Lovelace booked a ticket for you');
      await waitForMails(t, 'alan.member@example.com', 'member-tickets');
      const [buyerMail] = await waitForMails(t, BUYER.email, 'booking-confirmed');
      expect(buyerMail.text).toContain('3 tickets');
      const read = await t.call('GET', `/api/bookings/${placed.body.bookingId}`, {
        as: people.attendee,
        headers: at(placed.body.position),
      });
      expect(read.body.tickets.map((x: { attendeeEmail?: string }) => x.attendeeEmail)).toEqual([
        'grace.member@example.com',
        'alan.member@example.com',
        undefined,
      ]);
    });
  });
});
