import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { bearer, signUp } from './testing/accounts';
import { mailsTo, waitForMails } from './testing/mail';
import { type TestApp, people, startTestApp } from './testing/test-app';

const LISBON = {
  startsAt: '2031-06-01T19:00:00Z',
  timeZone: 'Europe/Lisbon',
  venue: { name: 'Harbour Hall', city: 'Porto', country: 'PT' },
};

async function hold(t: TestApp, eventId: string, accessToken: string, quantity: number) {
  const response = await t.call('POST', `/api/events/${eventId}/holds`, {
    headers: bearer(accessToken),
    body: { quantity },
  });
  if (response.status !== 201) throw new Error(`hold failed: ${response.status} ${response.text}`);
  return response.body as { holdId: string; position: string };
}

async function edit(t: TestApp, eventId: string, changes: Record<string, unknown>) {
  const response = await t.call('PATCH', `/api/events/${eventId}`, { as: people.organizer, body: changes });
  if (response.status !== 200 || !response.body.changed)
    throw new Error(`edit failed: ${response.status} ${response.text}`);
  return response.body as { position: string };
}

describe('holders are told by mail when the time or place of their event moves', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('mails each holder of an active hold once per time or venue change, never for a title change', async () => {
    const ada = await signUp(t, 'ada.notify@example.com');
    const bob = await signUp(t, 'bob.notify@example.com');
    const cy = await signUp(t, 'cy.notify@example.com');
    const dan = await signUp(t, 'dan.notify@example.com');
    const { eventId } = await t.publishedEvent(20, people.organizer, LISBON);
    await hold(t, eventId, ada.accessToken, 2);
    await hold(t, eventId, bob.accessToken, 1);
    await hold(t, eventId, bob.accessToken, 2); // two holds, one mail
    const released = await hold(t, eventId, cy.accessToken, 1);
    expect(
      (await t.call('DELETE', `/api/events/${eventId}/holds/${released.holdId}`, { headers: bearer(cy.accessToken) }))
        .status,
    ).toBe(200);

    await edit(t, eventId, { startsAt: '2031-06-01T20:30:00Z' });
    const [toAda] = await waitForMails(t, 'ada.notify@example.com', 'event-changed');
    expect(toAda.subject).toBe('Integration Night: the event has changed');
    // In the event's own zone (Lisbon is UTC+1 in June), new first, old after.
    expect(toAda.text).toContain(
      '- Starts: Sun, 1 Jun 2031, 21:30 WEST (Europe/Lisbon) (was Sun, 1 Jun 2031, 20:00 WEST (Europe/Lisbon))',
    );
    expect(toAda.text).not.toContain('Venue:');
    expect(toAda.text).toMatch(/^Hi ada\.notify,/);
    await waitForMails(t, 'bob.notify@example.com', 'event-changed');

    // Dan holds after the time change: he must not hear about it, only about what comes next.
    await hold(t, eventId, dan.accessToken, 1);
    await edit(t, eventId, { title: 'Integration Night, renamed', description: 'New words' });
    await edit(t, eventId, { venue: { ...LISBON.venue, name: 'Dockside Arena', address: 'Cais 1' } });

    const adaMails = await waitForMails(t, 'ada.notify@example.com', 'event-changed', 2);
    const bobMails = await waitForMails(t, 'bob.notify@example.com', 'event-changed', 2);
    const danMails = await waitForMails(t, 'dan.notify@example.com', 'event-changed', 1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for a wrong extra mail to arrive
    for (const mails of [adaMails, bobMails]) {
      expect(mails).toHaveLength(2);
      expect(mails[1].subject).toBe('Integration Night, renamed: the event has changed');
      expect(mails[1].text).toContain('- Venue: Dockside Arena, Cais 1, Porto, PT (was Harbour Hall, Porto, PT)');
      expect(mails[1].text).not.toContain('Starts:');
    }
    expect(mailsTo(t, 'ada.notify@example.com', 'event-changed')).toHaveLength(2);
    expect(mailsTo(t, 'bob.notify@example.com', 'event-changed')).toHaveLength(2);
    expect(mailsTo(t, 'dan.notify@example.com', 'event-changed')).toHaveLength(1);
    expect(danMails[0].text).toContain('- Venue: Dockside Arena');
    expect(mailsTo(t, 'cy.notify@example.com', 'event-changed')).toHaveLength(0); // released before any change
  });

  it('does not mail about changes made before the event was published', async () => {
    const eve = await signUp(t, 'eve.notify@example.com');
    const { eventId } = await t.createEvent(people.organizer, { ...LISBON, capacity: 5 });
    await edit(t, eventId, { startsAt: '2031-06-02T19:00:00Z' }); // a draft: nobody holds anything
    await t.publish(eventId);
    await hold(t, eventId, eve.accessToken, 1);
    await edit(t, eventId, { endsAt: '2031-06-02T23:00:00Z' });
    const [mail] = await waitForMails(t, 'eve.notify@example.com', 'event-changed');
    expect(mail.text).toContain('- Ends: Tue, 3 Jun 2031, 00:00 WEST (Europe/Lisbon) (was not set)');
    expect(mail.text).not.toContain('Starts:');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, 'eve.notify@example.com', 'event-changed')).toHaveLength(1);
  });
});

describe('holder mails survive a restart without going out twice', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'booking-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('replays the policy from the log after a restart and sends only what is new', async () => {
    const first = await startTestApp({ env: { DATA_DIR: dataDir } });
    let eventId: string;
    try {
      const fay = await signUp(first, 'fay.restart@example.com');
      ({ eventId } = await first.publishedEvent(10, people.organizer, LISBON));
      await hold(first, eventId, fay.accessToken, 2);
      await edit(first, eventId, { startsAt: '2031-06-01T21:00:00Z' });
      await waitForMails(first, 'fay.restart@example.com', 'event-changed');
    } finally {
      await first.close();
    }

    // Same SQLite file; the in-memory read store and every policy checkpoint start from zero.
    const second = await startTestApp({ env: { DATA_DIR: dataDir } });
    try {
      await edit(second, eventId, { venue: { ...LISBON.venue, name: 'Riverside Hall' } });
      // The policy handles the log in order: once the venue mail is out, the replayed time change was handled too.
      const mails = await waitForMails(second, 'fay.restart@example.com', 'event-changed');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mailsTo(second, 'fay.restart@example.com', 'event-changed')).toHaveLength(1);
      expect(mails[0].text).toContain('- Venue: Riverside Hall, Porto, PT (was Harbour Hall, Porto, PT)');
      expect(mails[0].text).not.toContain('Starts:');

      // One HolderNotified per (change, holder) in the log, both appended before their mail went out.
      const store = second.app.get<EventStore>(EVENT_STORE, { strict: false });
      const records = await store.readAll({ filter: { eventTypes: ['HolderNotified'] } });
      const ours = records.filter((r) => (r.data as { eventId: string }).eventId === eventId);
      expect(ours).toHaveLength(2);
      expect(new Set(ours.map((r) => r.stream)).size).toBe(2);
      expect(ours.map((r) => (r.data as { attempt: number }).attempt)).toEqual([1, 1]);
    } finally {
      await second.close();
    }
  });
});
