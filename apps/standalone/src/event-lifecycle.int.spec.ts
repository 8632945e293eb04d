import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('event lifecycle over HTTP: draft, submit, review, publish, cancel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes an event from draft to published through review, with every rule enforced', async () => {
    const { eventId } = await t.createEvent(people.organizer, {
      title: 'Harbour Lights',
      description: '<p>Lanterns <strong>afloat</strong></p><script>alert(1)</script><img src=x onerror=alert(2)>',
      priceTiers: [],
      tags: ['Outdoor', 'Family '],
      timeZone: 'Europe/Lisbon',
      venue: { name: 'Docks', city: 'Porto', country: 'pt', location: { lat: 41.14, lng: -8.61 } },
    });
    const incomplete = await t.call('POST', `/api/events/${eventId}/submit`, { as: people.organizer });
    expectProblem(incomplete, 422);
    expect(incomplete.body).toMatchObject({ code: 'catalog.incomplete', missing: ['priceTiers'] });

    expectProblem(
      await t.call('PATCH', `/api/events/${eventId}`, { as: people.otherOrganizer, body: { title: 'Mine now' } }),
      404, // a draft: others may not know it exists
    );
    expectProblem(
      await t.call('PATCH', `/api/events/${eventId}`, {
        as: people.organizer,
        body: { priceTiers: [{ id: 'a', name: 'Adult', price: { amount: -5, currency: 'EUR' } }] },
      }),
      400,
    );
    const edited = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: {
        priceTiers: [
          { id: 'adult', name: 'Adult', price: { amount: 1800, currency: 'EUR' } },
          { id: 'child', name: 'Child', price: { amount: 900, currency: 'EUR' } },
        ],
      },
    });
    expect(edited.body).toMatchObject({ changed: true, status: 'draft' });

    expect((await t.call('POST', `/api/events/${eventId}/submit`, { as: people.organizer })).body.status).toBe(
      'submitted',
    );
    expectProblem(
      await t.call('PATCH', `/api/events/${eventId}`, { as: people.organizer, body: { title: 'Sneaky edit' } }),
      409,
    );
    expectProblem(await t.call('POST', `/api/events/${eventId}/approve`, { as: people.organizer }), 403);
    const queue = await t.call('GET', '/api/admin/events?status=submitted', {
      as: people.admin,
      headers: { 'x-min-position': edited.body.position },
    });
    expect(queue.body.items.map((e: { id: string }) => e.id)).toContain(eventId);

    const rejected = await t.call('POST', `/api/events/${eventId}/reject`, {
      as: people.admin,
      body: { reason: 'Add the accessible entrance' },
    });
    const mine = await t.call('GET', '/api/organizer/events', {
      as: people.organizer,
      headers: { 'x-min-position': rejected.body.position },
    });
    expect(mine.body.items.find((e: { id: string }) => e.id === eventId)).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Add the accessible entrance',
    });

    await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { venue: { name: 'Docks', city: 'Porto', country: 'PT', address: 'Cais da Ribeira 1' } },
    });
    await t.call('POST', `/api/events/${eventId}/submit`, { as: people.organizer });
    await t.call('POST', `/api/events/${eventId}/approve`, { as: people.admin });
    const published = await t.call('POST', `/api/events/${eventId}/publish`, { as: people.organizer });
    expect(published.status).toBe(200);

    const detail = await t.call('GET', `/api/events/${eventId}`, {
      headers: { 'x-min-position': published.body.position },
    });
    expect(detail.body).toMatchObject({
      status: 'published',
      tags: ['outdoor', 'family'],
      timeZone: 'Europe/Lisbon',
      currency: 'EUR',
      priceMin: 900,
      priceMax: 1800,
    });
    expect(detail.body.description).toBe('<p>Lanterns <strong>afloat</strong></p><img />'.replace('<img />', ''));
    expect(detail.body.description).not.toMatch(/script|onerror/);
    expect((await t.call('GET', `/api/events/${eventId}/availability`)).body.capacity).toBe(10);

    expectProblem(await t.call('POST', `/api/events/${eventId}/submit`, { as: people.organizer }), 409);
    const cancelled = await t.call('POST', `/api/events/${eventId}/cancel`, {
      as: people.organizer,
      body: { reason: 'Storm warning for the harbour' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    const after = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: { 'x-min-position': cancelled.body.position },
    });
    expect(after.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Storm warning for the harbour' });
    expectProblem(await t.call('GET', `/api/events/${eventId}`), 404); // cancelled events leave the public catalog
  });

  it('names the conflicting status on an illegal transition', async () => {
    const { eventId } = await t.createEvent();
    const response = await t.call('POST', `/api/events/${eventId}/publish`, { as: people.organizer });
    expectProblem(response, 409);
    expect(response.body).toMatchObject({ code: 'catalog.illegal-transition', currentStatus: 'draft', status: 409 });
  });
});
