import { ManualClock } from '@booking/platform';
import { ExpireHolds } from '@booking/projector';
import { gridRows } from '@booking/domain';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const tiers = [
  { id: 'standard', name: 'Standard', price: { amount: 3000, currency: 'EUR' } },
  { id: 'premium', name: 'Premium', price: { amount: 6000, currency: 'EUR' } },
];
const stalls = (rows = 2, seatsPerRow = 4, extra: Record<string, unknown> = {}) => ({
  id: 'stalls',
  name: 'Stalls',
  kind: 'seated',
  priceTierId: 'standard',
  placement: { x: 0, y: 0 },
  shape: { type: 'curved', radius: 12 },
  rows: gridRows({ rows, seatsPerRow }),
  ...extra,
});
const floor = (capacity = 50) => ({
  id: 'floor',
  name: 'Floor',
  kind: 'standing',
  priceTierId: 'standard',
  placement: { x: 0, y: 20 },
  capacity,
  width: 20,
  depth: 10,
});
const theatre = (stallsSection = stalls(), standing = floor()) => ({
  stage: { label: 'Stage', x: 0, y: -5, width: 16, depth: 3 },
  sections: [stallsSection, standing],
});

describe('seating plans and partitioned inventory over HTTP', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const put = (eventId: string, body: unknown, as = people.organizer) =>
    t.call('PUT', `/api/events/${eventId}/seating-plan`, { as, body });
  const at = (position: string) => ({ 'x-min-position': position });

  const publish = (eventId: string) => t.publish(eventId);

  it('sets a versioned plan that makes the capacity, visible to the organizer and admins before publication', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const set = await put(eventId, theatre());
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ eventId, planVersion: 1, capacity: 8 + 50, status: 'draft' });

    const mine = await t.call('GET', `/api/events/${eventId}/seating-plan`, {
      as: people.organizer,
      headers: at(set.body.position),
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ planVersion: 1, capacity: 58, priceTiers: tiers });
    expect(mine.body.plan.sections.map((s: { id: string }) => s.id)).toEqual(['stalls', 'floor']);
    expect(
      (await t.call('GET', `/api/events/${eventId}/seating-plan`, { as: people.admin, headers: at(set.body.position) }))
        .status,
    ).toBe(200);
    expectProblem(await t.call('GET', `/api/events/${eventId}/seating-plan`, { headers: at(set.body.position) }), 404);
    expectProblem(
      await t.call('GET', `/api/events/${eventId}/seating-plan`, {
        as: people.otherOrganizer,
        headers: at(set.body.position),
      }),
      404,
    );
    const event = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: at(set.body.position),
    });
    expect(event.body).toMatchObject({
      capacity: 58,
      seating: {
        planVersion: 1,
        sections: [
          { id: 'stalls', kind: 'seated', capacity: 8 },
          { id: 'floor', kind: 'standing', capacity: 50 },
        ],
      },
    });

    const again = await put(eventId, theatre(stalls(3, 4)));
    expect(again.body).toMatchObject({ planVersion: 2, capacity: 62 });
    const same = await put(eventId, theatre(stalls(3, 4)));
    expect(same.body).toMatchObject({ planVersion: 2, capacity: 62 }); // nothing changed, nothing appended
  });

  it('tags the plan with the event revision, so a save over another change is refused', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const set = await put(eventId, theatre());
    const read = async (position: string) =>
      t.call('GET', `/api/events/${eventId}/seating-plan`, { as: people.organizer, headers: at(position) });
    const loaded = await read(set.body.position);
    expect(loaded.headers.get('etag')).toBe(set.headers.get('etag'));
    const etag = loaded.headers.get('etag')!;

    // Another tab renames the event: the stream moved on, the plan read before is out of date.
    const renamed = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { title: 'Renamed elsewhere' },
    });
    expect(renamed.status).toBe(200);
    const stale = await t.call('PUT', `/api/events/${eventId}/seating-plan`, {
      as: people.organizer,
      body: theatre(stalls(3, 4)),
      headers: { 'if-match': etag },
    });
    expectProblem(stale, 412);
    const fresh = await read(renamed.body.position);
    expect(fresh.headers.get('etag')).not.toBe(etag);
    expect(fresh.body.planVersion).toBe(1); // the refused save changed nothing
    const saved = await t.call('PUT', `/api/events/${eventId}/seating-plan`, {
      as: people.organizer,
      body: theatre(stalls(3, 4)),
      headers: { 'if-match': fresh.headers.get('etag')! },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.planVersion).toBe(2);
  });

  it('refuses bad plans and callers who are not the organizer, changing nothing', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const first = await put(eventId, theatre());
    const cases: [unknown, number, string | undefined][] = [
      [theatre(stalls(2, 4, { rows: [{ label: 'A', seats: 0 }] })), 422, 'sections[0].rows[0].seats'],
      [theatre(stalls(2, 4, { priceTierId: 'vip' })), 422, 'sections[0].priceTierId'],
      [
        theatre(stalls(2, 4, { exceptions: [{ row: 'Q', number: 1, removed: true }] })),
        422,
        'sections[0].exceptions[0]',
      ],
      [{ sections: [stalls(), stalls()] }, 422, 'sections[1].id'],
      [{ sections: [] }, 422, 'sections'],
      [{ sections: 'all of them' }, 400, undefined],
      [{ sections: [7] }, 400, undefined],
      [{ sections: [stalls()], seats: 5 }, 400, undefined],
    ];
    for (const [body, status, field] of cases) {
      const response = await put(eventId, body);
      expectProblem(response, status);
      if (field) expect(response.body).toMatchObject({ code: 'catalog.invalid-seating-plan', errors: [{ field }] });
    }
    expectProblem(await put(eventId, theatre(stalls(5, 5)), people.otherOrganizer), 404);
    expectProblem(await put(eventId, theatre(stalls(5, 5)), people.attendee), 403);
    expectProblem(await t.call('PUT', `/api/events/${eventId}/seating-plan`, { body: theatre() }), 401);
    expectProblem(await t.call('DELETE', `/api/events/${eventId}/seating-plan`, { as: people.otherOrganizer }), 404);

    const conflictingCapacity = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { capacity: 500 },
    });
    expectProblem(conflictingCapacity, 409);
    expect(conflictingCapacity.body.code).toBe('catalog.capacity-from-plan');
    const droppedTier = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { priceTiers: [tiers[1]] },
    });
    expectProblem(droppedTier, 422);
    expect(droppedTier.body).toMatchObject({ code: 'catalog.tier-in-use', tiers: ['standard'] });

    const plan = await t.call('GET', `/api/events/${eventId}/seating-plan`, {
      as: people.organizer,
      headers: at(first.body.position),
    });
    expect(plan.body).toMatchObject({ planVersion: 1, capacity: 58 });

    const cleared = await t.call('DELETE', `/api/events/${eventId}/seating-plan`, { as: people.organizer });
    expect(cleared.status).toBe(200);
    expectProblem(
      await t.call('GET', `/api/events/${eventId}/seating-plan`, {
        as: people.organizer,
        headers: at(cleared.body.position),
      }),
      404,
    );
  });

  it('sells each section from its own partition: chosen seats, best available, standing places', async () => {
    // Lone seats allowed: the buyer's pick below leaves A:1 and A:4 alone (lone-seats.int.spec.ts has the rule).
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers, allowLoneSeats: true });
    await put(eventId, theatre());
    const published = await publish(eventId);

    const availability = await t.call('GET', `/api/events/${eventId}/availability`, { headers: at(published) });
    expect(availability.body).toMatchObject({
      capacity: 58,
      free: 58,
      sections: { stalls: { capacity: 8, free: 8 }, floor: { capacity: 50, free: 50 } },
    });

    const unsure = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    expectProblem(unsure, 422);
    expect(unsure.body).toMatchObject({ code: 'inventory.section-required', sections: ['stalls', 'floor'] });
    const nowhere = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 2, sectionId: 'balcony' },
    });
    expectProblem(nowhere, 422);
    expect(nowhere.body.code).toBe('inventory.unknown-section');

    const chosen = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 2, seatIds: ['stalls:A:2', 'stalls:A:3'] },
    });
    expect(chosen.status).toBe(201);
    expect(chosen.body).toMatchObject({ sectionId: 'stalls', seatIds: ['stalls:A:2', 'stalls:A:3'] });
    const clash = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1, seatIds: ['stalls:A:3'] },
    });
    expectProblem(clash, 409);
    expect(clash.body).toMatchObject({ code: 'inventory.seats-taken', seats: ['stalls:A:3'] });
    expectProblem(
      await t.call('POST', `/api/events/${eventId}/holds`, {
        as: people.otherAttendee,
        body: { quantity: 1, seatIds: ['stalls:Z:1'] },
      }),
      422,
    );
    expectProblem(
      await t.call('POST', `/api/events/${eventId}/holds`, {
        as: people.otherAttendee,
        body: { quantity: 2, seatIds: ['stalls:B:1', 'floor:A:1'] },
      }),
      422,
    );

    const best = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 2, sectionId: 'stalls' },
    });
    expect(best.body.seatIds).toEqual(['stalls:B:1', 'stalls:B:2']); // row A has no two adjacent seats left
    const standing = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 3, sectionId: 'floor' },
    });
    expect(standing.body).toMatchObject({ sectionId: 'floor', quantity: 3 });
    expect(standing.body.seatIds).toBeUndefined();

    const seats = await t.call('GET', `/api/events/${eventId}/seats`, { headers: at(standing.body.position) });
    expect(seats.body.taken.sort()).toEqual(['stalls:A:2', 'stalls:A:3', 'stalls:B:1', 'stalls:B:2']);
    expect(seats.body.sections).toEqual(
      expect.arrayContaining([
        { sectionId: 'stalls', capacity: 8, free: 4 },
        { sectionId: 'floor', capacity: 50, free: 47 },
      ]),
    );
    const totals = await t.call('GET', `/api/events/${eventId}/availability`, { headers: at(standing.body.position) });
    expect(totals.body).toMatchObject({ capacity: 58, held: 7, free: 51 });
    const mine = await t.call('GET', `/api/me/holds?minPosition=${chosen.body.position}`, { as: people.attendee });
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        holdId: chosen.body.holdId,
        sectionId: 'stalls',
        seatIds: ['stalls:A:2', 'stalls:A:3'],
      }),
    ]);

    // Released without naming the section: the API finds the hold's partition.
    const released = await t.call('DELETE', `/api/events/${eventId}/holds/${chosen.body.holdId}`, {
      as: people.attendee,
    });
    expect(released.status).toBe(200);
    const retaken = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1, seatIds: ['stalls:A:3'] },
    });
    expect(retaken.status).toBe(201);
    expectProblem(
      await t.call('DELETE', `/api/events/${eventId}/holds/${retaken.body.holdId}?sectionId=floor`, {
        as: people.otherAttendee,
      }),
      404,
    );
    expect(
      (
        await t.call('DELETE', `/api/events/${eventId}/holds/${retaken.body.holdId}?sectionId=stalls`, {
          as: people.otherAttendee,
        })
      ).status,
    ).toBe(200);
  });

  it('lets a published plan grow, never losing or repricing what buyers hold', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    await put(eventId, theatre());
    await publish(eventId);
    const held = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 1, seatIds: ['stalls:B:4'] },
    });
    expect(held.status).toBe(201);
    await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 10, sectionId: 'floor' },
    });

    const smaller = await put(eventId, theatre(stalls(1, 4)));
    expectProblem(smaller, 409);
    expect(smaller.body).toMatchObject({ code: 'catalog.sold-seats-changed', removed: ['stalls:B:4'] });
    const repriced = await put(eventId, theatre(stalls(2, 4, { priceTierId: 'premium' })));
    expect(repriced.body).toMatchObject({ code: 'catalog.sold-seats-changed', repriced: ['stalls:B:4'] });
    const shrunk = await put(eventId, theatre(stalls(), floor(9)));
    expect(shrunk.body).toMatchObject({ code: 'catalog.sold-seats-changed', section: 'floor', sold: 10 });
    expectProblem(await t.call('DELETE', `/api/events/${eventId}/seating-plan`, { as: people.organizer }), 409);

    const grown = await put(
      eventId,
      theatre(
        stalls(3, 4, { exceptions: [{ row: 'A', number: 1, priceTierId: 'premium', accessible: true }] }),
        floor(60),
      ),
    );
    expect(grown.status).toBe(200);
    expect(grown.body).toMatchObject({ planVersion: 2, capacity: 12 + 60, status: 'published' });
    const availability = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: at(grown.body.position),
    });
    expect(availability.body).toMatchObject({
      capacity: 72,
      held: 11,
      sections: { stalls: { capacity: 12, held: 1 }, floor: { capacity: 60, held: 10 } },
    });
    const newSeat = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 1, seatIds: ['stalls:C:4'] },
    });
    expect(newSeat.status).toBe(201);
  });

  it('expires seat holds in their partition, giving the seats back', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    await put(eventId, { sections: [stalls(1, 2)] });
    await publish(eventId);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 2, ttlSeconds: 60 },
    });
    expect(hold.body).toMatchObject({ sectionId: 'stalls', seatIds: ['stalls:A:1', 'stalls:A:2'] }); // the only section
    clock.advance(61_000);
    const head = () =>
      t.call('GET', '/health/details', { as: people.ops }).then((r) => r.body.checks.eventStore.head as string);
    await t.call('GET', `/api/me/holds`, { as: people.attendee, headers: at(await head()) });
    const sweeper = t.app.get(ExpireHolds, { strict: false });
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    const seats = await t.call('GET', `/api/events/${eventId}/seats`, { headers: at(await head()) });
    expect(seats.body).toMatchObject({ taken: [], sections: [{ sectionId: 'stalls', capacity: 2, free: 2 }] });
  });

  it('accepts a plan above the default body limit (a large venue with many seat exceptions)', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const rows = gridRows({ rows: 100, seatsPerRow: 100 });
    const exceptions = rows.flatMap((row) =>
      Array.from({ length: 60 }, (_, i) => ({ row: row.label, number: i + 1, restrictedView: true })),
    );
    const body = { sections: [stalls(1, 1, { rows, exceptions, shape: { type: 'straight' } })] };
    expect(JSON.stringify(body).length).toBeGreaterThan(256 * 1024);
    const set = await put(eventId, body);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ planVersion: 1, capacity: 10_000 });
    expectProblem(
      await t.call('PATCH', `/api/events/${eventId}`, {
        as: people.organizer,
        body: { description: 'x'.repeat(300 * 1024) },
      }),
      413,
    );
  });

  it('stores and opens a 20,000-seat arena in one plan of a few hundred rows', async () => {
    const { eventId } = await t.createEvent(people.organizer, { priceTiers: tiers });
    const sections = Array.from({ length: 20 }, (_, i) => ({
      ...stalls(40, 25),
      id: `block-${i + 1}`,
      name: `Block ${i + 1}`,
      shape: { type: 'straight' },
      placement: { x: (i % 5) * 30, y: Math.floor(i / 5) * 60, rotation: (i % 5) * 5 },
    }));
    const set = await put(eventId, { sections });
    expect(set.body).toMatchObject({ planVersion: 1, capacity: 20_000 });
    const published = await publish(eventId);
    const availability = await t.call('GET', `/api/events/${eventId}/availability`, { headers: at(published) });
    expect(availability.body).toMatchObject({ capacity: 20_000, free: 20_000 });
    expect(Object.keys(availability.body.sections)).toHaveLength(20);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 4, sectionId: 'block-7' },
    });
    expect(hold.body.seatIds).toEqual(['block-7:A:1', 'block-7:A:2', 'block-7:A:3', 'block-7:A:4']);
  });
});
