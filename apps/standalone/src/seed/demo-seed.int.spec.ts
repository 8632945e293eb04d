import { DEMO_PERSONAS } from '@booking/platform';
import { type TestApp, people, startTestApp } from '../testing/test-app';
import { DEMO_CATALOG } from './demo-catalog';

describe('the demo seed', () => {
  let t: TestApp;
  let head: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_MODE: 'true' } });
    head = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
  });
  afterAll(async () => {
    await t.close();
  });

  const find = async (title: string) => {
    const list = await t.call('GET', `/api/events?q=${encodeURIComponent(title)}&minPosition=${head}`);
    return list.body.items.find((e: { title: string }) => e.title === title) as { id: string; capacity: number };
  };

  it('seeds a theatre with a seated plan: curved rows, premium rows, wheelchair places and a pillar', async () => {
    const hamlet = await find('Hamlet');
    const plan = await t.call('GET', `/api/events/${hamlet.id}/seating-plan`);
    expect(plan.status).toBe(200);
    const [stalls, circle] = plan.body.plan.sections;
    expect(stalls).toMatchObject({ kind: 'seated', shape: { type: 'curved' } });
    expect(circle).toMatchObject({ id: 'dress-circle', kind: 'seated' });
    expect(stalls.rows[0].priceTierId).toBe('premium');
    expect(stalls.exceptions).toEqual(
      expect.arrayContaining([
        { row: 'L', number: 1, accessible: true },
        { row: 'H', number: 6, removed: true },
      ]),
    );
    expect(hamlet.capacity).toBe(plan.body.capacity);
    expect(plan.body.priceTiers.map((t: { id: string }) => t.id)).toEqual(['standard', 'reduced', 'premium']);
    const seats = await t.call('GET', `/api/events/${hamlet.id}/seats`);
    expect(seats.body.sections).toHaveLength(2);
  });

  it('seeds an arena of twenty 1,000-seat blocks on sale, one partition each', async () => {
    const arena = await find('European Basketball Final');
    expect(arena.capacity).toBe(20_000);
    const availability = await t.call('GET', `/api/events/${arena.id}/availability`);
    expect(availability.body).toMatchObject({ capacity: 20_000, free: 20_000 });
    expect(Object.keys(availability.body.sections)).toHaveLength(20);
    const hold = await t.call('POST', `/api/events/${arena.id}/holds`, {
      as: people.attendee,
      body: { quantity: 2, sectionId: 'south-3' },
    });
    expect(hold.body.seatIds).toEqual(['south-3:A:1', 'south-3:A:2']);
  });

  it('seeds general-admission events and events in every status, the unpublished ones for admins only', async () => {
    const gig = await find('Midnight Jazz Sessions');
    expect((await t.call('GET', `/api/events/${gig.id}/seating-plan`)).status).toBe(404); // no plan: general admission
    const statuses = ['draft', 'submitted', 'rejected', 'published', 'cancelled'] as const;
    const titles = (items: { title: string }[]) => items.map((e) => e.title).sort();
    for (const status of statuses) {
      // What the seeded system holds in each status, as admins see it: exactly the fixture's events.
      const listed = await t.call('GET', `/api/admin/events?status=${status}&minPosition=${head}`, {
        as: people.admin,
      });
      expect(listed.status).toBe(200);
      const expected = DEMO_CATALOG.filter((e) => e.status === status).map((e) => e.title);
      expect(expected.length).toBeGreaterThan(0);
      expect(titles(listed.body.items)).toEqual(expected.sort());
    }
    expect((await t.call('GET', '/api/admin/events?status=draft', { as: people.attendee })).status).toBe(403);
    const publicList = await t.call('GET', `/api/events?limit=100&minPosition=${head}`);
    expect(publicList.body.items.every((e: { status: string }) => e.status === 'published')).toBe(true);
    const unpublished = DEMO_CATALOG.filter((e) => e.status !== 'published').map((e) => e.title);
    expect(titles(publicList.body.items).filter((title) => unpublished.includes(title))).toEqual([]);
    expect(new Set(publicList.body.items.map((e: { venue: { city: string } }) => e.venue.city)).size).toBeGreaterThan(
      4,
    );
  });

  it("seeds the demo attendee's bookings: paid after a declined card, pending after a declined card, and one cancelled with its event", async () => {
    const ada = { userId: DEMO_PERSONAS.attendee.id, roles: DEMO_PERSONAS.attendee.roles };
    const mine = await t.call('GET', `/api/me/bookings?minPosition=${head}`, { as: ada });
    expect(mine.status).toBe(200);
    const byTitle = Object.fromEntries(mine.body.items.map((b: { eventTitle: string }) => [b.eventTitle, b])) as Record<
      string,
      { bookingId: string; status: string; tickets: unknown[]; total: { amount: number } }
    >;
    expect(Object.keys(byTitle).sort()).toEqual([
      'Flamenco Night',
      'Hamlet',
      'Harbour Regatta',
      'Lantern Festival Walk',
    ]);
    expect(byTitle['Flamenco Night']).toMatchObject({ status: 'confirmed', total: { amount: 8000 } });
    expect(byTitle.Hamlet).toMatchObject({ status: 'pending-payment' });
    expect(byTitle['Harbour Regatta']).toMatchObject({ status: 'cancelled' });
    const tickets = await t.call('GET', `/api/bookings/${byTitle['Flamenco Night'].bookingId}/tickets`, { as: ada });
    expect(tickets.body.tickets.map((x: { attendeeName: string }) => x.attendeeName)).toEqual([
      'Ada Attendee',
      'Grace Hopper',
    ]);
    // Sold seats are counted as such on the event the demo attendee paid for.
    const flamenco = await find('Flamenco Night');
    const availability = await t.call('GET', `/api/events/${flamenco.id}/availability?minPosition=${head}`);
    expect(availability.body).toMatchObject({ sold: 2 });
  });

  it('gives every seeded event a cover image the catalog shows, served as WebP', async () => {
    const listed = await t.call('GET', `/api/events?limit=100&minPosition=${head}`);
    const covers = listed.body.items.map((e: { cover?: { variants: { url: string }[] } }) => e.cover);
    expect(covers.length).toBeGreaterThan(10);
    expect(covers.every((c: unknown) => c !== undefined)).toBe(true);
    const image = await fetch(t.url + covers[0].variants[0].url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
  });

  it('seeds a sold-out event the demo attendee waits for on its waitlist', async () => {
    const ada = { userId: DEMO_PERSONAS.attendee.id, roles: DEMO_PERSONAS.attendee.roles };
    const matinee = await find('Chamber Music Matinee');
    const availability = await t.call('GET', `/api/events/${matinee.id}/availability?minPosition=${head}`);
    expect(availability.body).toMatchObject({ sold: 1, free: 0, waiting: 1 });
    const waiting = await t.call('GET', `/api/me/waitlist?minPosition=${head}`, { as: ada });
    expect(waiting.body.items).toEqual([
      expect.objectContaining({ eventTitle: 'Chamber Music Matinee', quantity: 1, status: 'waiting', place: 1 }),
    ]);
  });

  it("seeds an event that is over, whose door checked in the demo attendee's confirmed tickets and others'", async () => {
    const ada = { userId: DEMO_PERSONAS.attendee.id, roles: DEMO_PERSONAS.attendee.roles };
    const olga = { userId: DEMO_PERSONAS.organizer.id, roles: DEMO_PERSONAS.organizer.roles };
    const past = await t.call('GET', `/api/me/bookings?when=past&minPosition=${head}`, { as: ada });
    expect(past.body.items).toEqual([
      expect.objectContaining({ eventTitle: 'Lantern Festival Walk', status: 'confirmed' }),
    ]);
    const [booking] = past.body.items as { bookingId: string; eventId: string; tickets: { ticketId: string }[] }[];
    const event = await t.call('GET', `/api/events/${booking.eventId}`);
    expect(Date.parse(event.body.startsAt)).toBeLessThan(Date.now());
    expect(event.body.status).toBe('published');

    // As the organizer's door staff see it: the check-ins read model.
    const summary = await t.call('GET', `/api/events/${booking.eventId}/check-ins/summary?minPosition=${head}`, {
      as: olga,
    });
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ issued: 5, valid: 5, revoked: 0, checkedIn: 4, doubleUses: [] });
    const door = await t.call('GET', `/api/events/${booking.eventId}/attendees?minPosition=${head}`, { as: olga });
    const mine = door.body.attendees.filter((a: { bookingId: string }) => a.bookingId === booking.bookingId);
    expect(mine.map((a: { attendeeName: string }) => a.attendeeName).sort()).toEqual(['Ada Attendee', 'Alan Turing']);
    for (const ticket of mine as { checkedIn?: { at: string } }[]) {
      // Checked in at the door, before the event started (and so in the past).
      expect(ticket.checkedIn).toBeDefined();
      expect(Date.parse(ticket.checkedIn!.at)).toBeLessThan(Date.parse(event.body.startsAt));
    }
    const others = door.body.attendees.filter((a: { bookingId: string }) => a.bookingId !== booking.bookingId);
    expect(others).toHaveLength(3);
    expect(others.filter((a: { checkedIn?: unknown }) => a.checkedIn).length).toBe(2);
  });
});
