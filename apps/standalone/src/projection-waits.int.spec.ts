import { HolderNotifications } from '@booking/projector';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory, catalogEventsProjection } from '@booking/projections';
import { LiveAvailability } from '@booking/query-api';
import { bearer, signUp } from './testing/accounts';
import { waitForMails } from './testing/mail';
import { type TestApp, people, startTestApp } from './testing/test-app';

/** The app's read models, except that `stalled` gets nowhere: a wait that includes it times out. */
function stalling(directory: ReadModelDirectory, stalled: string): ReadModelDirectory {
  const includes = (projections?: readonly string[]) => projections === undefined || projections.includes(stalled);
  return {
    collectionName: (name) => directory.collectionName(name),
    version: (name) => directory.version(name),
    position: async (projections) => (includes(projections) ? 0n : directory.position(projections)),
    waitFor: (position, timeoutMs, projections) =>
      includes(projections)
        ? new Promise((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())
        : directory.waitFor(position, timeoutMs, projections),
  };
}

// Each reader of the read models waits only for the projections it reads: one that is building or
// stuck (here catalog-events) must not hold up live availability or the holders' mails.
describe('waiting for the read models it reads, and no others', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const stalled = stalling(t.app.get(READ_MODEL_DIRECTORY), catalogEventsProjection.name);
    for (const reader of [HolderNotifications, LiveAvailability])
      Reflect.set(t.app.get(reader, { strict: false }), 'directory', stalled);
  });
  afterAll(async () => t.close());

  it('mails holders once the accounts read model has caught up', async () => {
    const ada = await signUp(t, 'ada.waits@example.com');
    const { eventId } = await t.publishedEvent(10);
    const held = await t.call('POST', `/api/events/${eventId}/holds`, {
      headers: bearer(ada.accessToken),
      body: { quantity: 1 },
    });
    expect(held.status).toBe(201);
    const moved = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { startsAt: '2031-06-02T19:00:00Z' },
    });
    expect(moved.status).toBe(200);
    // Waiting for every projection, the mail never went: each try gave up after 10 s and retried.
    expect(await waitForMails(t, 'ada.waits@example.com', 'event-changed')).toHaveLength(1);
  }, 20_000);

  it('streams availability once event-availability has caught up', async () => {
    const { eventId } = await t.publishedEvent(10);
    const controller = new AbortController();
    const response = await fetch(`${t.url}/api/events/${eventId}/availability/stream`, { signal: controller.signal });
    const reader = response.body!.getReader();
    let text = '';
    const messages = () => text.split('event: availability').length - 1;
    const readUntil = async (count: number) => {
      while (messages() < count) text += new TextDecoder().decode((await reader.read()).value);
    };
    await readUntil(1);
    await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 4 } });
    await readUntil(2);
    expect(text).toContain('"free":6');
    controller.abort();
  }, 4_000); // waiting for every projection, the change came only after the 5 s wait gave up
});
