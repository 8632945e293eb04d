import { EVENT_STORE, type EventStore } from '@booking/event-store';
import type { Clock } from '@booking/platform';
import { type TestApp, people, startTestApp } from './testing/test-app';

/** A clock that moves on by a millisecond at every read, so two reads never agree by chance. */
class TickingClock implements Clock {
  private ms = Date.parse('2026-06-01T10:00:00Z');
  now(): Date {
    return new Date(this.ms++);
  }
}

describe('one instant per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ clock: new TickingClock() });
  });
  afterAll(async () => {
    await t.close();
  });

  it('decides a hold and its buyer-allowance reservation at the same instant, so they lapse together', async () => {
    const { eventId } = await t.createEvent(people.organizer, { maxTicketsPerBuyer: 4 });
    await t.publish(eventId);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 2 } });
    expect(hold.status).toBe(201);

    const store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
    const held = (await store.readAll({ filter: { eventTypes: ['SeatsHeld'] } })).find(
      (e) => (e.data as { holdId: string }).holdId === hold.body.holdId,
    );
    const reserved = (await store.readAll({ filter: { eventTypes: ['AllowanceReserved'] } })).find(
      (e) => (e.data as { holdId: string }).holdId === hold.body.holdId,
    );
    expect(reserved?.data).toMatchObject({ expiresAt: hold.body.expiresAt });
    expect(held?.metadata.occurredAt).toBe(reserved?.metadata.occurredAt);
  });
});
