import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { PolicyExecutor, eventCancellation } from '@booking/process-managers';
import { bearer, signUp } from './testing/accounts';
import { mailsTo, waitForMails } from './testing/mail';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('cancelling a published event cancels its holds, stops sales and tells the holders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const hold = async (eventId: string, accessToken: string, quantity: number) => {
    const response = await t.call('POST', `/api/events/${eventId}/holds`, {
      headers: bearer(accessToken),
      body: { quantity },
    });
    expect(response.status).toBe(201);
    return response.body as { holdId: string; position: string };
  };

  it('runs the whole cancellation: holds cancelled, nothing to sell, one mail per holder', async () => {
    const gil = await signUp(t, 'gil.cancel@example.com');
    const hana = await signUp(t, 'hana.cancel@example.com');
    const ivo = await signUp(t, 'ivo.cancel@example.com');
    const { eventId } = await t.publishedEvent(10, people.organizer, {
      startsAt: '2031-12-05T19:30:00Z',
      timeZone: 'Europe/Lisbon',
    });
    const gilHold = await hold(eventId, gil.accessToken, 2);
    await hold(eventId, hana.accessToken, 1);
    await hold(eventId, hana.accessToken, 3);
    const ivoHold = await hold(eventId, ivo.accessToken, 1);
    await t.call('DELETE', `/api/events/${eventId}/holds/${ivoHold.holdId}`, { headers: bearer(ivo.accessToken) });

    const cancelled = await t.call('POST', `/api/events/${eventId}/cancel`, {
      as: people.organizer,
      body: { reason: 'The venue flooded' },
    });
    expect(cancelled.status).toBe(200);
    const position = cancelled.body.position as string;

    // The answer's position already covers the closed sales (the policy ran inline).
    const availability = await t.call('GET', `/api/events/${eventId}/availability?minPosition=${position}`);
    expect(availability.body).toMatchObject({ capacity: 10, held: 0, sold: 0, free: 0, onSale: false });

    const refused = await t.call('POST', `/api/events/${eventId}/holds`, {
      headers: bearer(ivo.accessToken),
      body: { quantity: 1 },
    });
    expectProblem(refused, 404);
    expect(refused.body.code).toBe('inventory.not-on-sale');
    expectProblem(
      await t.call('DELETE', `/api/events/${eventId}/holds/${gilHold.holdId}`, { headers: bearer(gil.accessToken) }),
      404,
    );

    const mine = await t.call('GET', `/api/me/holds?minPosition=${position}`, { headers: bearer(gil.accessToken) });
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        holdId: gilHold.holdId,
        eventId,
        quantity: 2,
        status: 'cancelled',
        cancellationReason: 'The venue flooded',
        cancelledAt: expect.any(String),
      }),
    ]);

    const [toGil] = await waitForMails(t, 'gil.cancel@example.com', 'event-cancelled');
    expect(toGil.subject).toBe('Integration Night is cancelled');
    expect(toGil.text).toContain('"Integration Night" on Fri, 5 Dec 2031, 19:30 WET (Europe/Lisbon) is cancelled');
    expect(toGil.text).toContain('The venue flooded');
    expect(toGil.text).toContain('The 2 seats you held are released');
    const [toHana] = await waitForMails(t, 'hana.cancel@example.com', 'event-cancelled');
    expect(toHana.text).toContain('The 4 seats you held are released'); // two holds, one mail

    // Running the policy again (as the projector does on every replay) changes nothing and mails nobody.
    const store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
    const before = await store.readStream(`inventory-${eventId}`);
    expect(before.map((e) => e.type).slice(-4)).toEqual([
      'HoldCancelled',
      'HoldCancelled',
      'HoldCancelled',
      'InventoryClosed',
    ]);
    const again = { eventId, by: people.organizer.userId, reason: 'The venue flooded' };
    const trigger = { type: 'EventCancelled', data: again, id: 'again', correlationId: 'again' } as const;
    expect(await t.app.get(PolicyExecutor).run(eventCancellation, trigger)).toBe(0n);
    expect(await store.readStream(`inventory-${eventId}`)).toHaveLength(before.length);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, 'gil.cancel@example.com', 'event-cancelled')).toHaveLength(1);
    expect(mailsTo(t, 'hana.cancel@example.com', 'event-cancelled')).toHaveLength(1);
    expect(mailsTo(t, 'ivo.cancel@example.com', 'event-cancelled')).toHaveLength(0); // released before
  });

  it('closes sales from the log when the cancelling process stopped before its inline step', async () => {
    const jo = await signUp(t, 'jo.cancel@example.com');
    const { eventId } = await t.publishedEvent(5);
    await hold(eventId, jo.accessToken, 2);
    // EventCancelled appended without the handler's inline policy, as if the process died right after.
    await t.app.get(CommandPipeline).execute(
      catalogModel,
      eventId,
      {
        type: 'CancelEvent',
        data: { eventId, reason: 'Promoter insolvent' },
      },
      { actor: people.organizer, correlationId: 'crash-test' },
    );
    const [mail] = await waitForMails(t, 'jo.cancel@example.com', 'event-cancelled');
    expect(mail.text).toContain('Promoter insolvent');
    const availability = await t.call('GET', `/api/events/${eventId}/availability`);
    expect(availability.body).toMatchObject({ held: 0, free: 0, onSale: false });
  });

  it('closes every section of an event with a seating plan, and mails a holder of several sections once', async () => {
    const kim = await signUp(t, 'kim.cancel@example.com');
    const { eventId } = await t.createEvent(people.organizer, { capacity: 5 });
    const section = (id: string, capacity: number, y: number) => ({
      id,
      name: id.toUpperCase(),
      kind: 'standing',
      priceTierId: 'standard',
      placement: { x: 0, y },
      capacity,
      width: 10,
      depth: 5,
    });
    const plan = await t.call('PUT', `/api/events/${eventId}/seating-plan`, {
      as: people.organizer,
      body: { sections: [section('floor', 20, 0), section('balcony', 10, 20)] },
    });
    expect(plan.status).toBe(200);
    await t.publish(eventId);
    for (const [sectionId, quantity] of [
      ['floor', 2],
      ['balcony', 3],
    ] as const) {
      const held = await t.call('POST', `/api/events/${eventId}/holds`, {
        headers: bearer(kim.accessToken),
        body: { sectionId, quantity },
      });
      expect(held.status).toBe(201);
    }

    const cancelled = await t.call('POST', `/api/events/${eventId}/cancel`, {
      as: people.organizer,
      body: { reason: 'Roof repairs' },
    });
    const availability = await t.call(
      'GET',
      `/api/events/${eventId}/availability?minPosition=${cancelled.body.position}`,
    );
    expect(availability.body).toMatchObject({ capacity: 30, held: 0, free: 0, onSale: false });
    const store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
    for (const sectionId of ['floor', 'balcony'])
      expect((await store.readStream(`inventory-${eventId}.${sectionId}`)).at(-1)?.type).toBe('InventoryClosed');

    const [mail] = await waitForMails(t, 'kim.cancel@example.com', 'event-cancelled');
    expect(mail.text).toContain('The 5 seats you held are released');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, 'kim.cancel@example.com', 'event-cancelled')).toHaveLength(1);
  });

  it('cancels an event that never went on sale without opening anything', async () => {
    const { eventId } = await t.createEvent();
    const cancelled = await t.call('POST', `/api/events/${eventId}/cancel`, {
      as: people.organizer,
      body: { reason: 'Changed plans' },
    });
    expect(cancelled.status).toBe(200);
    const store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
    expect(await store.readStream(`inventory-${eventId}`)).toEqual([]);
    expectProblem(await t.call('GET', `/api/events/${eventId}/availability`), 404);
  });
});
