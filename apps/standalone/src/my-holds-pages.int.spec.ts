import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('GET /api/me/holds pages through every hold', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists more than 200 holds a page at a time, active ones first, then cancelled ones, each once', async () => {
    const { eventId } = await t.publishedEvent(300);
    const held = await Promise.all(
      Array.from({ length: 205 }, () =>
        t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } }),
      ),
    );
    expect(held.every((h) => h.status === 201)).toBe(true);
    const { eventId: cancelledId } = await t.publishedEvent(10);
    for (let i = 0; i < 3; i++) {
      await t.call('POST', `/api/events/${cancelledId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    }
    const cancel = await t.call('POST', `/api/events/${cancelledId}/cancel`, {
      as: people.organizer,
      body: { reason: 'Venue flooded' },
    });
    expect(cancel.status).toBe(200);

    const seen: { holdId: string; status: string }[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const query = `limit=100&minPosition=${cancel.body.position}${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.call('GET', `/api/me/holds?${query}`, { as: people.attendee });
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(208);
      sizes.push(page.body.items.length);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor && sizes.length < 10);
    expect(sizes).toEqual([100, 100, 8]);
    expect(new Set(seen.map((h) => h.holdId)).size).toBe(208);
    expect(new Set(seen.slice(0, 205).map((h) => h.holdId))).toEqual(new Set(held.map((h) => h.body.holdId)));
    expect(seen.slice(205).map((h) => h.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);

    const first = await t.call('GET', '/api/me/holds', { as: people.attendee });
    expect(first.body.items).toHaveLength(50); // the default page
    expect(first.body.nextCursor).toEqual(expect.any(String));
  });

  it('refuses a page size out of range and a cursor it did not give out', async () => {
    expectProblem(await t.call('GET', '/api/me/holds?limit=500', { as: people.attendee }), 400);
    expectProblem(await t.call('GET', '/api/me/holds?limit=0', { as: people.attendee }), 400);
    const bad = await t.call('GET', '/api/me/holds?cursor=not-a-cursor', { as: people.attendee });
    expectProblem(bad, 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    // Well-formed (the documented pattern) yet naming no hold: a page, never a refusal.
    const stranger = `active~2026-01-01T00:00:00.000Z~${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`;
    expect((await t.call('GET', `/api/me/holds?cursor=${stranger}`, { as: people.attendee })).status).toBe(200);
  });
});
