import { TEST_CARDS } from '@booking/command-api';
import { ManualClock } from '@booking/platform';
import { BUYER, seatedSection, seatingPlan, tier } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const DAY = 86_400_000;
const tiers = [tier('standard', 'Standard', 3000)];
const plan = seatingPlan(seatedSection('stalls', { rows: 1, seatsPerRow: 4 }));
const buyer = BUYER;

describe('booking cancellation: by the buyer within the refund policy, by the organizer, by the event', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (position: string) => ({ 'x-min-position': position });
  const head = async () => (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;

  /** A published seated event starting `startsIn` ms from now, with this refund policy. */
  const seatedEvent = async (refundPolicy: string, startsIn = 30 * DAY) => {
    const { eventId } = await t.createEvent(people.organizer, {
      priceTiers: tiers,
      refundPolicy,
      startsAt: new Date(clock.now().getTime() + startsIn).toISOString(),
    });
    expect(
      (await t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan })).status,
    ).toBe(200);
    await t.publish(eventId);
    return eventId;
  };

  /** Holds these seats, checks out and pays: a confirmed booking. */
  const paidBooking = async (eventId: string, seatIds: string[], as: Persona = people.attendee) => {
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
      as,
      body: { quantity: seatIds.length, seatIds },
    });
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as,
      body: { eventId, holds: [{ holdId: hold.body.holdId }], buyer },
    });
    expect(placed.status).toBe(201);
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body.bookingStatus).toBe('confirmed');
    return placed.body as { bookingId: string; tickets: { ticketId: string; seatId: string }[] };
  };

  const cancel = (bookingId: string, body: Record<string, unknown> = {}, as: Persona = people.attendee) =>
    t.call('POST', `/api/bookings/${bookingId}/cancellation`, { as, body });
  const quote = (bookingId: string, as: Persona = people.attendee) =>
    t.call('GET', `/api/bookings/${bookingId}/cancellation`, { as });
  const availability = async (eventId: string, position: string) =>
    (await t.call('GET', `/api/events/${eventId}/availability`, { headers: at(position) })).body;

  it('the buyer cancels within the policy: cancelled, refund requested, the seats on sale again for another buyer', async () => {
    const eventId = await seatedEvent('any-time');
    const booking = await paidBooking(eventId, ['stalls:A:1', 'stalls:A:2']);

    const quoted = await quote(booking.bookingId);
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({ allowed: true, by: 'buyer', percent: 100, refund: { amount: 6000 } });

    const cancelled = await cancel(booking.bookingId, { reason: 'Cannot come' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', refund: { amount: 6000, currency: 'EUR' } });
    const position = cancelled.body.position as string;
    expect(await availability(eventId, position)).toMatchObject({ sold: 0, held: 0 });

    const read = await t.call('GET', `/api/bookings/${booking.bookingId}`, {
      as: people.attendee,
      headers: at(position),
    });
    expect(read.body).toMatchObject({ status: 'cancelled', statusReason: 'Cannot come', cancelledBy: 'buyer' });
    expect(read.body.refunds).toEqual([
      expect.objectContaining({ amount: { amount: 6000, currency: 'EUR' }, status: 'succeeded' }), // sent to the provider before the answer (refund-payments)
    ]);
    expect(read.body.tickets.every((ticket: { cancelledAt?: string }) => ticket.cancelledAt)).toBe(true);

    // Another buyer can hold the returned seats.
    const again = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 2, seatIds: ['stalls:A:1', 'stalls:A:2'] },
    });
    expect(again.status).toBe(201);

    // Twice: the booking has ended.
    const twice = await cancel(booking.bookingId);
    expectProblem(twice, 409);
    expect(twice.body.code).toBe('booking.not-cancellable');
  });

  it('cancels single tickets at half price between 7 days and 24 hours before, and serves only the valid codes', async () => {
    const eventId = await seatedEvent('partial-by-date', 3 * DAY);
    const booking = await paidBooking(eventId, ['stalls:A:3', 'stalls:A:4']);
    const [first, second] = booking.tickets;

    const quoted = await quote(booking.bookingId);
    expect(quoted.body).toMatchObject({ allowed: true, percent: 50, refund: { amount: 3000 } });
    expect(quoted.body.tickets).toEqual(
      expect.arrayContaining([{ ticketId: first.ticketId, refund: { amount: 1500, currency: 'EUR' } }]),
    );

    const cancelled = await cancel(booking.bookingId, { ticketIds: [first.ticketId] });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'confirmed',
      cancelledTicketIds: [first.ticketId],
      refund: { amount: 1500 },
    });
    const position = cancelled.body.position as string;
    expect(await availability(eventId, position)).toMatchObject({ sold: 1, held: 0 });

    const tickets = await t.call('GET', `/api/bookings/${booking.bookingId}/tickets`, {
      as: people.attendee,
      headers: at(position),
    });
    expect(tickets.status).toBe(200);
    expect(tickets.body.tickets.map((ticket: { ticketId: string }) => ticket.ticketId)).toEqual([second.ticketId]);

    const again = await cancel(booking.bookingId, { ticketIds: [first.ticketId] });
    expectProblem(again, 409);
    expect(again.body.code).toBe('booking.ticket-cancelled');
  });

  it('refuses the buyer outside the policy with 409 and appends nothing; the organizer cancels in full', async () => {
    const eventId = await seatedEvent('until-7d-before', 3 * DAY);
    const booking = await paidBooking(eventId, ['stalls:A:1']);

    const quoted = await quote(booking.bookingId);
    expect(quoted.body).toMatchObject({ allowed: false, refund: { amount: 0 } });
    expect(quoted.body.until).toEqual(expect.any(String));

    const before = await head();
    const refused = await cancel(booking.bookingId);
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('booking.cancellation-closed');
    expect(refused.body.detail).toContain('until');
    expect(await head()).toBe(before);

    const byOrganizer = await cancel(booking.bookingId, { reason: 'Overbooked' }, people.organizer);
    expect(byOrganizer.status).toBe(200);
    expect(byOrganizer.body).toMatchObject({ status: 'cancelled', refund: { amount: 3000 } });
    const read = await t.call('GET', `/api/bookings/${booking.bookingId}`, {
      as: people.attendee,
      headers: at(byOrganizer.body.position),
    });
    expect(read.body).toMatchObject({ status: 'cancelled', cancelledBy: 'organizer', statusReason: 'Overbooked' });
  });

  it('answers 404 to anyone else, as for an unknown booking, and changes nothing', async () => {
    const eventId = await seatedEvent('any-time');
    const booking = await paidBooking(eventId, ['stalls:A:2']);
    const before = await head();
    for (const as of [people.otherAttendee, people.otherOrganizer]) {
      expectProblem(await cancel(booking.bookingId, {}, as), 404);
      expectProblem(await quote(booking.bookingId, as), 404);
    }
    expectProblem(await cancel('0190b000-0000-7000-8000-00000000dead'), 404);
    expect(await head()).toBe(before);
    const unknownTicket = await cancel(booking.bookingId, { ticketIds: ['0190b000-0000-7000-8000-00000000beef'] });
    expectProblem(unknownTicket, 422);
  });

  it('cancelling the event cancels a confirmed paid booking with a full refund request', async () => {
    const eventId = await seatedEvent('no-refunds');
    const booking = await paidBooking(eventId, ['stalls:A:3', 'stalls:A:4']);
    const cancelled = await t.call('POST', `/api/events/${eventId}/cancel`, {
      as: people.organizer,
      body: { reason: 'The venue flooded' },
    });
    expect(cancelled.status).toBe(200);
    const read = await t.call('GET', `/api/bookings/${booking.bookingId}`, {
      as: people.attendee,
      headers: at(cancelled.body.position),
    });
    expect(read.body).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'platform',
      statusReason: 'The venue flooded',
    });
    expect(read.body.refunds).toEqual([expect.objectContaining({ amount: { amount: 6000, currency: 'EUR' } })]);
  });
});
