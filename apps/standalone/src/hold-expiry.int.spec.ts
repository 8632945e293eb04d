import { ManualClock } from '@booking/platform';
import { ExpireHolds } from '@booking/projector';
import { type TestApp, people, startTestApp } from './testing/test-app';

describe('hold expiry', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  it('treats a lapsed hold as free at once, and the policy then records HoldExpired', async () => {
    const { eventId } = await t.publishedEvent(3);
    const first = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 3, ttlSeconds: 60 },
    });
    expect(first.status).toBe(201);
    expect(
      (await t.call('POST', `/api/events/${eventId}/holds`, { as: people.otherAttendee, body: { quantity: 1 } }))
        .status,
    ).toBe(409);

    clock.advance(61_000);
    // The decision counts the lapsed hold as free before any expiry event exists.
    const second = await t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 2 },
    });
    expect(second.status).toBe(201);

    const sweeper = t.app.get(ExpireHolds, { strict: false });
    expect(await sweeper.sweep()).toBe(1);
    expect(await sweeper.sweep()).toBe(0); // nothing left to expire
    const mine = await t.call('GET', '/api/me/holds', { as: people.attendee });
    expect(mine.body.items).toEqual([]);
    const head = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    const availability = await t.call('GET', `/api/events/${eventId}/availability`, {
      headers: { 'x-min-position': head },
    });
    expect(availability.body).toMatchObject({ held: 2, free: 1 });
  });
});
