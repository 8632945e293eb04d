import { randomUUID } from 'node:crypto';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('the approval queue shows what changed since the last approved version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const step = async (eventId: string, action: string, as = people.organizer) => {
    const response = await t.call('POST', `/api/events/${eventId}/${action}`, { as });
    expect(response.status).toBe(200);
    return response.body.position as string;
  };
  const changes = (eventId: string, position: string, as = people.admin) =>
    t.call('GET', `/api/admin/events/${eventId}/changes`, { as, headers: { 'x-min-position': position } });

  it('says first review, then lists field, before and after for a re-submission', async () => {
    const { eventId } = await t.createEvent(people.organizer, {
      title: 'Harbour Jazz',
      tags: ['jazz'],
      startsAt: '2031-05-01T19:00:00Z',
      timeZone: 'Europe/Lisbon',
    });
    const first = await changes(eventId, await step(eventId, 'submit'));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ eventId, status: 'submitted', firstReview: true, changes: [] });

    await step(eventId, 'approve', people.admin);
    const edited = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: {
        title: 'Harbour Jazz Festival',
        tags: ['jazz', 'outdoor'],
        startsAt: '2031-05-01T20:00:00Z',
        venue: { name: 'Test Hall', city: 'Porto', country: 'PT' },
        priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 3000, currency: 'EUR' } }],
      },
    });
    expect(edited.body).toMatchObject({ changed: true, status: 'draft' }); // back to review
    const mine = await t.call('GET', '/api/organizer/events', {
      as: people.organizer,
      headers: { 'x-min-position': edited.body.position },
    });
    expect(mine.body.items.find((e: { id: string }) => e.id === eventId).status).toBe('draft'); // the read side agrees
    const resubmitted = await changes(eventId, await step(eventId, 'submit'));
    expect(resubmitted.body).toMatchObject({
      eventId,
      status: 'submitted',
      firstReview: false,
      approvedVersion: 2, // created with extra details: EventCreated + EventDetailsUpdated
      version: 3,
      approvedBy: people.admin.userId,
      timeZone: 'Europe/Lisbon',
    });
    expect(resubmitted.body.changes).toEqual([
      { field: 'title', before: 'Harbour Jazz', after: 'Harbour Jazz Festival' },
      { field: 'startsAt', before: '2031-05-01T19:00:00.000Z', after: '2031-05-01T20:00:00.000Z' },
      { field: 'venue.city', before: 'Lisbon', after: 'Porto' },
      {
        field: 'priceTiers',
        before: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
        after: [{ id: 'standard', name: 'Standard', price: { amount: 3000, currency: 'EUR' } }],
      },
      { field: 'tags', before: ['jazz'], after: ['jazz', 'outdoor'] },
    ]);

    // Approving makes the new version the baseline: nothing left to compare.
    const approved = await changes(eventId, await step(eventId, 'approve', people.admin));
    expect(approved.body).toMatchObject({ status: 'approved', approvedVersion: 3, changes: [] });
  });

  it('is for admins only, and 404 for an unknown event', async () => {
    const { eventId, position } = await t.createEvent();
    expectProblem(await t.call('GET', `/api/admin/events/${eventId}/changes`), 401);
    for (const who of [people.organizer, people.attendee, people.ops])
      expectProblem(await changes(eventId, position, who), 403);
    expectProblem(await changes(randomUUID(), position), 404);
    expectProblem(await changes('not-a-uuid', position), 400);
  });
});
