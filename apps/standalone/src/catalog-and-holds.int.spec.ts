import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('the first slice over HTTP: create, publish, hold, see availability', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps a draft private to its organizer and admins, then lists it once published', async () => {
    const { eventId, position } = await t.createEvent(people.organizer, { title: 'Private Draft Show' });
    const consistent = { 'x-min-position': position };
    expectProblem(await t.call('GET', `/api/events/${eventId}`, { headers: consistent }), 404);
    expectProblem(
      await t.call('GET', `/api/events/${eventId}`, { as: people.otherOrganizer, headers: consistent }),
      404,
    );
    expect(
      (await t.call('GET', `/api/events/${eventId}`, { as: people.organizer, headers: consistent })).body.status,
    ).toBe('draft');
    expect((await t.call('GET', `/api/events/${eventId}`, { as: people.admin, headers: consistent })).status).toBe(200);
    const list = await t.call('GET', `/api/events?q=private+draft&minPosition=${position}`);
    expect(list.body.items).toHaveLength(0);

    expectProblem(await t.call('POST', `/api/events/${eventId}/publish`, { as: people.organizer }), 409); // not approved yet
    expect((await t.call('POST', `/api/events/${eventId}/submit`, { as: people.organizer })).status).toBe(200);
    expect((await t.call('POST', `/api/events/${eventId}/approve`, { as: people.admin })).status).toBe(200);
    const published = await t.call('POST', `/api/events/${eventId}/publish`, { as: people.organizer });
    expect(published.status).toBe(200);
    expect(published.headers.get('x-position')).toBe(published.body.position);
    const listed = await t.call('GET', `/api/events?q=private+draft`, {
      headers: { 'x-min-position': published.body.position },
    });
    expect(listed.body).toMatchObject({
      total: 1,
      items: [{ id: eventId, status: 'published', capacity: 10, free: 10 }],
    });
  });

  it('holds seats, shows them held, and frees them on release', async () => {
    const { eventId } = await t.publishedEvent(10);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 3 } });
    expect(hold.status).toBe(201);
    expect(hold.body).toMatchObject({
      eventId,
      quantity: 3,
      holdId: expect.any(String),
      expiresAt: expect.any(String),
    });
    const after = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': hold.body.position },
    });
    expect(after.body).toMatchObject({ capacity: 10, held: 3, free: 7 });
    const mine = await t.call('GET', `/api/me/holds?minPosition=${hold.body.position}`, { as: people.attendee });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ holdId: hold.body.holdId, eventId, quantity: 3, eventTitle: 'Integration Night' }),
    ]);
    expect(
      (await t.call('GET', `/api/me/holds?minPosition=${hold.body.position}`, { as: people.otherAttendee })).body.items,
    ).toEqual([]);

    expectProblem(
      await t.call('DELETE', `/api/events/${eventId}/holds/${hold.body.holdId}`, { as: people.otherAttendee }),
      404,
    );
    const released = await t.call('DELETE', `/api/events/${eventId}/holds/${hold.body.holdId}`, {
      as: people.attendee,
    });
    expect(released.status).toBe(200);
    const freed = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': released.body.position },
    });
    expect(freed.body).toMatchObject({ held: 0, free: 10 });
  });

  it('never sells more than the capacity under concurrent holds', async () => {
    const { eventId } = await t.publishedEvent(25);
    const attempts = await Promise.all(
      Array.from({ length: 60 }, () =>
        t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } }),
      ),
    );
    expect(attempts.filter((a) => a.status === 201)).toHaveLength(25);
    attempts.filter((a) => a.status !== 201).forEach((a) => expectProblem(a, 409));
    expect(attempts.find((a) => a.status === 409)?.body.code).toBe('inventory.insufficient-seats');
    const last = attempts
      .filter((a) => a.status === 201)
      .map((a) => BigInt(a.body.position))
      .reduce((a, b) => (a > b ? a : b));
    const availability = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': String(last) },
    });
    expect(availability.body).toMatchObject({ held: 25, free: 0 });
  });

  it('streams availability changes over SSE', async () => {
    const { eventId } = await t.publishedEvent(10);
    const controller = new AbortController();
    const response = await fetch(`${t.url}/api/events/${eventId}/availability/stream`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const messages: { free: number }[] = [];
    let buffer = '';
    const readUntil = async (count: number) => {
      while (messages.length < count) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += new TextDecoder().decode(value);
        for (const block of buffer.split('\n\n').slice(0, -1)) {
          if (block.includes('event: availability')) messages.push(JSON.parse(block.split('data: ')[1]));
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    };
    await readUntil(1);
    expect(messages[0].free).toBe(10);
    await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 4 } });
    await readUntil(2);
    expect(messages[1].free).toBe(6);
    controller.abort();
  });

  it('serves OpenAPI, health and Prometheus metrics', async () => {
    const docs = await t.call('GET', '/api/docs-json');
    expect(docs.body.paths['/api/events/{eventId}/holds'].post).toBeDefined();
    expect(docs.body.paths['/api/events/{eventId}/availability'].get).toBeDefined();
    const health = await t.call('GET', '/health');
    expect(health.body).toEqual({ status: 'ok' });
    const metrics = await t.call('GET', '/metrics', { as: people.ops });
    expect(metrics.text).toMatch(/http_request_duration_seconds_bucket/);
    expect(metrics.text).toMatch(/events_appended_total\{category="inventory"\} \d+/);
    expect(metrics.text).toMatch(/projection_lag_events\{projection="event-availability"\}/);
  });
});
